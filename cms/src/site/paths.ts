/** Where each type's pages live on the website, in German; English pages add /en in front. */
export const PAGE_PREFIX = {
  'api::place.place': '/orte',
  'api::meeting.meeting': '/treffen',
  'api::partner.partner': '/partner',
  'api::article.article': '/beitraege',
  'api::region.region': '/regionen',
} as const;

export type PagedType = keyof typeof PAGE_PREFIX;
export const isPaged = (uid: string): uid is PagedType => uid in PAGE_PREFIX;

export const pagePath = (uid: PagedType, slug: string, locale?: string | null) =>
  `${locale === 'en' ? '/en' : ''}${PAGE_PREFIX[uid]}/${slug}`;
