import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getPlaceEvents } from '$lib/server/cms/events';
import { getPlace } from '$lib/server/cms/places';
import { isSlug } from '$lib/server/slug';
import { placePage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const now = new Date();
  // The events need only the slug, so they are asked for beside the profile, not after it.
  const [result, events] = isSlug(params.slug)
    ? await Promise.all([getPlace(params.slug, locals.locale, locals.preview), getPlaceEvents(params.slug, now, locals.locale)])
    : [null, []];
  if (!result) error(404, messages[locals.locale].notFound.place);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { ...result.content, events, contentLocale: result.contentLocale, ...placePage(context, result.content.place, result.content.people) };
}) satisfies PageServerLoad;
