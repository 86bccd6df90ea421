import { TRANSLATED_TYPES, titleFieldOf } from '../content-types';

/**
 * The localized types the site shows, each with the field that names an entry in a list.
 * Single types are listed too: their English version is a whole page of the site. The admin's
 * menu link imports this list as well, so that it appears for whoever may read one of them.
 */
export const OVERVIEW_TYPES = TRANSLATED_TYPES.map((uid) => ({ uid, titleField: titleFieldOf(uid) }));
