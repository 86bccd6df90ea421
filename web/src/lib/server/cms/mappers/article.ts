import type { ArticleDetail } from '$lib/types';
import type { ArticleDetailFragment } from '../generated/graphql';
import { visible } from '../samples';
import { toBlocks } from './blocks';
import { excerpt } from './excerpt';
import { toImage } from './image';
import { toPlaceCard } from './place';
import { present } from './present';
import { toSeo } from './seo';

type ArticleData = ArticleDetailFragment;

export const toArticleDetail = (article: ArticleData, cmsPublicUrl: string, showSamples: boolean): ArticleDetail => {
  const body = toBlocks(article.body);
  // A single relation cannot be filtered in the query, so a hidden sample meeting is dropped here.
  const meeting = visible(article.meeting, showSamples);
  return {
    slug: article.slug,
    title: article.title,
    teaser: article.teaser,
    publishedOn: article.publishedOn,
    isSample: article.isSample,
    cover: toImage(article.cover, cmsPublicUrl),
    body,
    meeting: meeting && { slug: meeting.slug, title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt },
    places: present(article.places).map((place) => toPlaceCard(place, cmsPublicUrl)),
    seo: toSeo(article.seo, { title: article.title, description: article.teaser || excerpt(body) }),
  };
};
