import { localizePath, type Locale } from '$lib/i18n/locale';

/** A place's edit form, in the page's language. */
export const editPath = (slug: string, locale: Locale) => localizePath(`/bearbeiten/${encodeURIComponent(slug)}`, locale);

/** The form of a new event or notice (`neu`), or of one of the place's own, by its documentId. */
export const NEW_ENTRY = 'neu';
export const eventEditPath = (slug: string, event: string, locale: Locale) =>
  localizePath(`/bearbeiten/${encodeURIComponent(slug)}/termine/${encodeURIComponent(event)}`, locale);
export const noticeEditPath = (slug: string, notice: string, locale: Locale) =>
  localizePath(`/bearbeiten/${encodeURIComponent(slug)}/gesucht/${encodeURIComponent(notice)}`, locale);

/** The query parameter of the thank-you view that a sent form is redirected to (post/redirect/get). */
export const SENT_PARAM = 'gesendet';

/** The thank-you view after "Termin absagen" or "Zurückziehen", and the field of the form that asks for it. */
export const CANCELLED_PARAM = 'abgesagt';
export const CANCEL_FIELD = 'absagen';
