/**
 * The answers of the CMS's admin routes for edit links and change requests (issue 15), as the
 * admin panel reads them; every answer is `{ data: … }`. One source for the admin; the CMS's
 * modules (src/edit-links/, src/change-requests/) may import them as well.
 */

/** A link's state: `active` until it expires or is revoked; sending a new one revokes the older ones. */
export type EditLinkStatus = 'active' | 'expired' | 'revoked';

export type EditLink = {
  documentId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  status: EditLinkStatus;
};

/** Why a place gets no edit link: a sample place, or no private email saved. */
export type NoEditLinkReason = 'sample' | 'no-email';

/** GET /kreativorte/places/:documentId/edit-links */
export type PlaceEditLinks = {
  canSend: boolean;
  reason: NoEditLinkReason | null;
  /** newest first */
  links: EditLink[];
  openChangeRequests: number;
};

/** POST /kreativorte/places/:documentId/edit-links (201) */
export type SentEditLink = { documentId: string; expiresAt: string };

/** POST /kreativorte/edit-links/:documentId/revoke */
export type RevokedEditLink = { documentId: string; revokedAt: string };

export type ChangeRequestStatus = 'open' | 'applied' | 'rejected';

export type ChangeRequestPlace = { documentId: string; name: string; slug: string };

/** What a request changes: the place's profile, or one of its events or notices (a new one, a change, a withdrawal). */
export type ChangeRequestSubject = 'profile' | 'event' | 'notice';

/**
 * The event or notice of such a request: `documentId` null for a new one; the proposed title or a
 * notice's first words (a withdrawal: the entry's); `cancel` for "Termin absagen" and "Zurückziehen".
 */
export type ChangeRequestEntry = { documentId: string | null; title: string; cancel: boolean };

/** One entry of GET /kreativorte/change-requests?status=… (newest first) */
export type ChangeRequestSummary = {
  documentId: string;
  status: ChangeRequestStatus;
  createdAt: string;
  place: ChangeRequestPlace;
  subject: ChangeRequestSubject;
  /** null for a profile request */
  entry: ChangeRequestEntry | null;
  /** the changed fields' German labels */
  fields: string[];
  /** how many new images it brings */
  images: number;
};

/** One changed field: the place's German draft against the proposal, both as readable German text. */
export type ChangeRequestField = {
  field: string;
  label: string;
  current: string;
  proposed: string;
  /** the draft changed since the link was sent: an editor chooses */
  conflict: boolean;
};

export type ImageRole = 'cover' | 'gallery';

/** A new image, held outside the public uploads until it is applied. */
export type HeldImage = {
  index: number;
  alt: string;
  credit: string;
  licence: string;
  role: ImageRole;
  /** admin path of its bytes, to be fetched with the admin's bearer token */
  url: string;
};

/** GET /kreativorte/change-requests/:documentId */
export type ChangeRequestDetail = {
  documentId: string;
  status: ChangeRequestStatus;
  createdAt: string;
  statusChangedAt: string | null;
  reviewNote: string | null;
  place: ChangeRequestPlace;
  subject: ChangeRequestSubject;
  /** null for a profile request */
  entry: ChangeRequestEntry | null;
  /** a new event or notice: every field, applied as a whole; a change: the fields that differ from its draft */
  fields: ChangeRequestField[];
  images: HeldImage[];
};

/** POST /kreativorte/change-requests/:documentId/apply: the body */
export type ApplyChoice = { fields: string[]; images: number[] };

/** POST /kreativorte/change-requests/:documentId/apply: the answer; the event's or notice's draft for such a request, to publish next */
export type AppliedChangeRequest = { placeDocumentId: string; entryDocumentId: string | null };

/** POST /kreativorte/change-requests/:documentId/reject: the body; the note is mailed to the place. */
export type RejectNote = { note: string };

/** POST /kreativorte/change-requests/:documentId/reject: the answer; `mailed: false` when rejected but the mail failed. */
export type RejectedChangeRequest = { mailed: boolean };

/** The longest note the CMS takes, in characters (and the shortest is one). */
export const REJECT_NOTE_MAX = 1000;
