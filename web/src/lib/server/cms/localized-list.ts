import type { Locale } from '$lib/i18n/locale';

/** An entry with the language it came in: the visitor's, or German where it is not translated. */
export type Localized<T> = T & { contentLocale: Locale };

/** An entry is the same in every language by its slug, or by its documentId where its type has no slug (notices). */
type Keyed = { slug: string } | { documentId: string };
const keyOf = (entry: Keyed) => ('slug' in entry ? entry.slug : entry.documentId);

/**
 * A list in the visitor's language: German is complete and decides what is listed and in which
 * order; each entry comes in English where it has been translated, as the pages do.
 */
export const preferTranslated = <T extends Keyed>(locale: Locale, german: T[], translated: T[]) => {
  const own = new Map(translated.map((entry) => [keyOf(entry), entry]));
  return german.map((entry): Localized<T> => {
    const translation = own.get(keyOf(entry));
    return translation ? { ...translation, contentLocale: locale } : { ...entry, contentLocale: 'de' };
  });
};

/**
 * The same for a list asked for in the visitor's language in the same request as its German
 * original, which is asked for only when the visitor's language is another (`german` is then set).
 */
export const germanDecides = <T extends Keyed>(locale: Locale, inLocale: T[], german: T[]) => preferTranslated(locale, locale === 'de' ? inLocale : german, inLocale);

/** `load` in German and, for another language, in that one too, at the same time. */
export const localizedList = async <T extends Keyed>(locale: Locale, load: (locale: Locale) => Promise<T[]>) => {
  const [german, translated] = await Promise.all([load('de'), locale === 'de' ? [] : load(locale)]);
  return preferTranslated(locale, german, translated);
};
