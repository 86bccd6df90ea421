import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getPlace } from '$lib/server/cms/places';
import { isSlug } from '$lib/server/slug';
import { placePage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const today = new Date().toISOString().slice(0, 10);
  const result = isSlug(params.slug) ? await getPlace(params.slug, today, locals.locale, locals.preview) : null;
  if (!result) error(404, messages[locals.locale].notFound.place);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { ...result.content, contentLocale: result.contentLocale, ...placePage(context, result.content.place) };
}) satisfies PageServerLoad;
