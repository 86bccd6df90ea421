import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { inLocaleOrGerman } from '$lib/server/cms/fallback';
import { getRegion } from '$lib/server/cms/regions';
import { isSlug } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
  const result = isSlug(params.slug) ? await inLocaleOrGerman(locals.locale, (locale) => getRegion(params.slug, locale)) : null;
  if (!result) error(404, messages[locals.locale].notFound.region);
  return { region: result.content, contentLocale: result.contentLocale };
}) satisfies PageServerLoad;
