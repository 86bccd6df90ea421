import { error } from '@sveltejs/kit';
import { getArticle } from '$lib/server/cms/articles';
import { isSlug } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) => {
  const article = isSlug(params.slug) ? await getArticle(params.slug) : null;
  if (!article) error(404, 'Diesen Beitrag haben wir nicht gefunden.');
  return { article };
}) satisfies PageServerLoad;
