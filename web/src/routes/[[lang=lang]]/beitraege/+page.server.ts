import { error } from '@sveltejs/kit';
import { getArticles } from '$lib/server/cms/articles';
import { parsePageParam } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

export const load = (async ({ url }) => {
  const page = parsePageParam(url.searchParams.get('seite'));
  if (page === null) error(400, 'Ungültiger Wert für „seite“.');
  const result = await getArticles(page);
  if (page > 1 && page > result.pageCount) error(404, 'Diese Ergebnisseite gibt es nicht.');
  return result;
}) satisfies PageServerLoad;
