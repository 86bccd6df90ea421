import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import { ArticleDetailDocument, ArticlesDocument } from './generated/graphql';
import { toArticleDetail } from './mappers/article';
import { toArticleCard } from './mappers/cards';
import { sampleFilter, visible } from './samples';

const list = operation(ArticlesDocument);
const detail = operation(ArticleDetailDocument);

export const ARTICLES_PAGE_SIZE = 12;

/** Articles newest first, a page at a time. */
export const getArticles = async (page: number, locale: Locale) => {
  const result = await list({ filters: { and: sampleFilter() }, page, pageSize: ARTICLES_PAGE_SIZE, locale });
  const { cmsPublicUrl } = config();
  const { nodes, pageInfo } = result.articles_connection ?? { nodes: [], pageInfo: { total: 0, page: 1, pageCount: 0 } };
  return {
    articles: nodes.map((article) => toArticleCard(article, cmsPublicUrl)),
    total: pageInfo.total,
    page: pageInfo.page,
    pageCount: pageInfo.pageCount,
  };
};

/** An article in the visitor's language or else in German (`contentLocale`), in one request. */
export const getArticle = async (slug: string, locale: Locale, preview = false) => {
  const data = await detail({ slug, ...withGerman(locale), places: { and: sampleFilter() } }, { preview });
  const found = inLocaleOrGerman(locale, visible(data.articles[0]), visible(data.german?.[0]));
  const { cmsPublicUrl, showSamples } = config();
  return found && { content: toArticleDetail(found.content, cmsPublicUrl, showSamples), contentLocale: found.contentLocale };
};
