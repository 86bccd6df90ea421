import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getArticle } from '$lib/server/cms/articles';
import { isSlug } from '$lib/server/slug';
import { articlePage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const result = isSlug(params.slug) ? await getArticle(params.slug, locals.locale, locals.preview) : null;
  if (!result) error(404, messages[locals.locale].notFound.article);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { article: result.content, contentLocale: result.contentLocale, ...articlePage(context, result.content) };
}) satisfies PageServerLoad;
