import type { Locale } from '$lib/i18n/locale';

/**
 * A page's content in the visitor's language or, where it has not been translated yet, in
 * German. `contentLocale` tells the page which one it got, so that it can say so.
 */
export const inLocaleOrGerman = async <T>(locale: Locale, load: (locale: Locale) => Promise<T | null>) => {
  const content = await load(locale);
  if (content) return { content, contentLocale: locale };
  if (locale === 'de') return null;
  const german = await load('de');
  return german && { content: german, contentLocale: 'de' as Locale };
};
