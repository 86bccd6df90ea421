import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { inLocaleOrGerman } from '$lib/server/cms/fallback';
import { getMeeting } from '$lib/server/cms/meetings';
import { isSlug } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
  const result = isSlug(params.slug)
    ? await inLocaleOrGerman(locals.locale, (locale) => getMeeting(params.slug, new Date(), locale, locals.preview))
    : null;
  if (!result) error(404, messages[locals.locale].notFound.meeting);
  return { meeting: result.content, contentLocale: result.contentLocale };
}) satisfies PageServerLoad;
