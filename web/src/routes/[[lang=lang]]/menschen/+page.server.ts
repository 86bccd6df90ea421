import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getPeople } from '$lib/server/cms/people';
import { parsePageParam } from '$lib/server/page-param';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
  const m = messages[locals.locale];
  const page = parsePageParam(url.searchParams.get('seite'));
  if (page === null) error(400, m.invalidParam('seite'));
  const result = await getPeople(page, locals.locale);
  if (page > 1 && page > result.pageCount) error(404, m.notFound.resultPage);
  return result;
}) satisfies PageServerLoad;
