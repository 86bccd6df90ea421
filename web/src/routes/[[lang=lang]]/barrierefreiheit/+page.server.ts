import { error } from '@sveltejs/kit';
import { getLegalPage } from '$lib/server/cms/pages';
import type { PageServerLoad } from './$types';

export const load = (async () => {
  const page = await getLegalPage('accessibilityStatement');
  if (!page) error(404, 'Diese Seite ist noch nicht veröffentlicht.');
  return { page };
}) satisfies PageServerLoad;
