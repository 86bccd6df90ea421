import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getRegion } from '$lib/server/cms/regions';
import { isSlug } from '$lib/server/slug';
import { regionPage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const result = isSlug(params.slug) ? await getRegion(params.slug, locals.locale) : null;
  if (!result) error(404, messages[locals.locale].notFound.region);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { region: result.content, contentLocale: result.contentLocale, ...regionPage(context, result.content) };
}) satisfies PageServerLoad;
