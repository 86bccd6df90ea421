import { error } from '@sveltejs/kit';
import { getAbout } from '$lib/server/cms/pages';
import type { PageServerLoad } from './$types';

export const load = (async () => {
  const about = await getAbout();
  if (!about) error(404, 'Diese Seite ist noch nicht veröffentlicht.');
  return { about };
}) satisfies PageServerLoad;
