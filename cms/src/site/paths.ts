import { sitePathOf } from '../content-types';

/** The path of an entry's page on the website, English under /en; null for types without pages. */
export const pagePath = (uid: string, slug: string, locale?: string | null) => {
  const prefix = sitePathOf(uid);
  return prefix === undefined ? null : `${locale === 'en' ? '/en' : ''}${prefix}/${slug}`;
};
