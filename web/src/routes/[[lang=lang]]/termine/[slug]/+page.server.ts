import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getEvent } from '$lib/server/cms/events';
import { isSlug } from '$lib/server/slug';
import { eventPage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const result = isSlug(params.slug) ? await getEvent(params.slug, new Date(), locals.locale, locals.preview) : null;
  if (!result) error(404, messages[locals.locale].notFound.event);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { event: result.content, contentLocale: result.contentLocale, ...eventPage(context, result.content) };
}) satisfies PageServerLoad;
