import type { ArticleCardFragment, MeetingCardFragment } from '../generated/graphql';
import type { ArticleCard, MeetingCard } from '$lib/types';
import { toImage } from './image';

export const toMeetingCard = (meeting: MeetingCardFragment, cmsPublicUrl: string): MeetingCard => ({
  slug: meeting.slug,
  title: meeting.title,
  startsAt: meeting.startsAt,
  endsAt: meeting.endsAt,
  summary: meeting.summary,
  town: meeting.address?.town ?? null,
  isSample: meeting.isSample,
  cover: toImage(meeting.cover, cmsPublicUrl),
});

export const toArticleCard = (article: ArticleCardFragment, cmsPublicUrl: string): ArticleCard => ({
  slug: article.slug,
  title: article.title,
  teaser: article.teaser,
  publishedOn: article.publishedOn,
  isSample: article.isSample,
  cover: toImage(article.cover, cmsPublicUrl),
});
