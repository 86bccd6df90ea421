import { error } from '@sveltejs/kit';
import { getRegion } from '$lib/server/cms/regions';
import { isSlug } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) => {
  const region = isSlug(params.slug) ? await getRegion(params.slug) : null;
  if (!region) error(404, 'Diese Region haben wir nicht gefunden.');
  return { region };
}) satisfies PageServerLoad;
