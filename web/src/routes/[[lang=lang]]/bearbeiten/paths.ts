import { localizePath, type Locale } from '$lib/i18n/locale';

/** A place's edit form, in the page's language. */
export const editPath = (slug: string, locale: Locale) => localizePath(`/bearbeiten/${encodeURIComponent(slug)}`, locale);
