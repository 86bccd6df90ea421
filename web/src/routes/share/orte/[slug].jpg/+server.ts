import { error } from '@sveltejs/kit';
import { getPlace } from '$lib/server/cms/places';
import { getSite } from '$lib/server/cms/site';
import { shareCard, shareResponse } from '$lib/server/share-image';
import { isSlug } from '$lib/server/slug';
import type { RequestHandler } from './$types';

/** A place's link preview (og:image), drawn from its German content: one picture for both languages. */
export const GET: RequestHandler = async ({ params }) => {
  const [result, site] = await Promise.all([isSlug(params.slug) ? getPlace(params.slug, 'de') : null, getSite('de')]);
  if (!result) error(404, 'Not found');
  const { place } = result.content;
  return shareResponse(await shareCard({ title: place.name, subtitle: place.location || null, cover: place.cover, network: site.siteName }));
};
