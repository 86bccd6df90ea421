export const PLACE = 'api::place.place';

/** The content manager's edit view of a place's German version (the original, and the one edits land in). */
export const placeEditPath = (documentId: string) => `/content-manager/collection-types/${PLACE}/${documentId}?plugins[i18n][locale]=de`;

export const EVENT = 'api::event.event';

export const NOTICE = 'api::notice.notice';

/** The content manager's edit view of the German version of an event or a notice, where an applied request is published. */
export const entryEditPath = (subject: 'event' | 'notice', documentId: string) => `/content-manager/collection-types/${subject === 'event' ? EVENT : NOTICE}/${documentId}?plugins[i18n][locale]=de`;
