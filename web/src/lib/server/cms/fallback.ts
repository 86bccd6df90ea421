import type { Locale } from '$lib/i18n/locale';

/**
 * The variables of an operation that reads a page in the visitor's language and, for any other
 * language than German, the German original next to it (its `german` alias): an untranslated
 * page then costs no second round trip.
 */
export const withGerman = (locale: Locale) => ({ locale, withGerman: locale !== 'de' });

/**
 * A page's content in the visitor's language or, where it has not been translated yet, in
 * German. `contentLocale` tells the page which one it got, so that it can say so.
 */
export const inLocaleOrGerman = <T>(locale: Locale, translated: T | null, german: T | null | undefined): { content: T; contentLocale: Locale } | null => {
  if (translated) return { content: translated, contentLocale: locale };
  return locale !== 'de' && german ? { content: german, contentLocale: 'de' } : null;
};
