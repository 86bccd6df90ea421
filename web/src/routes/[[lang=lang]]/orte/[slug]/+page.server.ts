import { error } from '@sveltejs/kit';
import { getPlace } from '$lib/server/cms/places';
import { isSlug } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) => {
  const result = isSlug(params.slug) ? await getPlace(params.slug, new Date().toISOString().slice(0, 10)) : null;
  if (!result) error(404, 'Diesen Ort haben wir nicht gefunden.');
  return result;
}) satisfies PageServerLoad;
