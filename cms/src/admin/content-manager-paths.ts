export const PLACE = 'api::place.place';

/** The content manager's edit view of a place's German version (the original, and the one edits land in). */
export const placeEditPath = (documentId: string) => `/content-manager/collection-types/${PLACE}/${documentId}?plugins[i18n][locale]=de`;

export const EVENT = 'api::event.event';

/** The content manager's edit view of an event's German version, where an applied event request is published. */
export const eventEditPath = (documentId: string) => `/content-manager/collection-types/${EVENT}/${documentId}?plugins[i18n][locale]=de`;
