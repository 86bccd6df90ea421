import { error } from '@sveltejs/kit';
import { getMeeting } from '$lib/server/cms/meetings';
import { isSlug } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) => {
  const meeting = isSlug(params.slug) ? await getMeeting(params.slug, new Date()) : null;
  if (!meeting) error(404, 'Dieses Treffen haben wir nicht gefunden.');
  return { meeting };
}) satisfies PageServerLoad;
