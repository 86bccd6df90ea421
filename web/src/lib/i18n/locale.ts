export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

const englishPrefix = /^\/en(?=\/|$)/;

/** German lives at the root, English under /en, with the same path segments and slugs. */
export const localeOf = (pathname: string): Locale => (englishPrefix.test(pathname) ? 'en' : 'de');

/** The German address of a page, i.e. the path without its language prefix. */
export const basePath = (pathname: string) => pathname.replace(englishPrefix, '') || '/';

/** A site path in the given language; links to other hosts, anchors and files pass unchanged. */
export const localizePath = (path: string, locale: Locale) => {
  if (locale === 'de' || !path.startsWith('/') || path.startsWith('//')) return path;
  const base = basePath(path);
  return base === '/' ? '/en' : `/en${base}`;
};
