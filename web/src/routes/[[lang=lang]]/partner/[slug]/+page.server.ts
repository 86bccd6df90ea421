import { error } from '@sveltejs/kit';
import { getPartner } from '$lib/server/cms/partners';
import { isSlug } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) => {
  const partner = isSlug(params.slug) ? await getPartner(params.slug) : null;
  if (!partner) error(404, 'Diesen Partner haben wir nicht gefunden.');
  return { partner };
}) satisfies PageServerLoad;
