import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getMeeting } from '$lib/server/cms/meetings';
import { isSlug } from '$lib/server/slug';
import { meetingPage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const result = isSlug(params.slug) ? await getMeeting(params.slug, new Date(), locals.locale, locals.preview) : null;
  if (!result) error(404, messages[locals.locale].notFound.meeting);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { meeting: result.content, contentLocale: result.contentLocale, ...meetingPage(context, result.content) };
}) satisfies PageServerLoad;
