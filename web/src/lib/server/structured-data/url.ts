import { basePath, localizePath, type Locale } from '$lib/i18n/locale';

/** An absolute address on this site for a German base path, in the given language. */
export const siteUrl = (origin: string, path: string, locale: Locale) => `${origin}${localizePath(path, locale)}`;

/** The page's canonical address, as +layout.svelte links it: the content's language decides. */
export const canonicalUrl = (url: URL, contentLocale: Locale) => siteUrl(url.origin, basePath(url.pathname), contentLocale);
