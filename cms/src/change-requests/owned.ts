import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import { EVENT, NOTICE } from '../content-types';

/**
 * The entries a place owns and its people change through their edit link (events, notices): one
 * description per type, so that intake, review and "Übernehmen" are one path for all of them.
 */
export type OwnedSubject = 'event' | 'notice';
type OwnedUid = typeof EVENT | typeof NOTICE;

/** An entry in the form's shape: plain values, as a change request stores them in JSON. */
export type Plain = Record<string, string | boolean | null>;

export type OwnedType<Entry extends Plain, Field extends string> = {
  subject: OwnedSubject;
  uid: OwnedUid;
  /** the change request's attribute naming the entry */
  idField: 'eventDocumentId' | 'noticeDocumentId';
  /** the review table's rows, in order; a new entry shows them all */
  fields: readonly Field[];
  /** the fields without the rules between them: what a stored request is read back as */
  values: z.ZodType<Entry>;
  /** the fields with the type's own rules, each problem on its field with its code */
  checked: (now: Date) => z.ZodType<Entry>;
  /** an entry's German draft (as the database returns it) in the form's shape */
  of: (draft: Record<string, unknown>) => Entry;
  changed: (current: Entry, proposed: Entry) => Field[];
  /** "Übernehmen" of a new entry: a German draft at the place; its documentId */
  create: (strapi: Core.Strapi, placeDocumentId: string, entry: Entry, userId?: number) => Promise<string>;
  /** "Übernehmen" of a change: the chosen fields into the entry's German draft */
  update: (strapi: Core.Strapi, documentId: string, entry: Entry, fields: readonly Field[], userId?: number) => Promise<void>;
  /** what the Redaktion's list calls the entry: an event's title, a notice's first words */
  titleOf: (entry: Entry) => string;
  label: (field: Field) => string;
  display: (field: Field, entry: Entry | null) => string;
  /** German words of the review and the logs */
  words: {
    /** the refusal of a documentId that is not one of the place's entries */
    missing: string;
    /** the list's kinds of request */
    create: string;
    change: string;
    cancel: string;
    /** the one row of a withdrawal: its label, the entry's field shown as current, and what applying does */
    cancelRow: { label: string; field: Field; text: string };
    /** the mail to the Redaktion: "… haben über ihren Bearbeitungslink {reported}." */
    mailSubject: string;
    reported: string;
    /** in the logs: "new event", "event <id>" */
    logName: string;
  };
};

// Drafts are read from the database, not the document service: the edit session's calls come
// through the content API, where the document service serves drafts to the preview token only.
const rows = (strapi: Core.Strapi, uid: OwnedUid) => strapi.db.query(uid);

/** The entry's German draft, if it is one of this place's; a documentId of another place's entry finds nothing. */
export const placeEntry = async (strapi: Core.Strapi, uid: OwnedUid, placeDocumentId: string, documentId: string): Promise<Record<string, unknown> | null> =>
  rows(strapi, uid).findOne({ where: { documentId, locale: 'de', publishedAt: null, place: { documentId: placeDocumentId } } });

/** The shown list's length: far more than a place keeps at once. */
const SHOWN = 50;

/**
 * The place's German drafts that match `where` (what a change is applied to), and for each
 * whether the site shows it, i.e. whether a published version exists.
 */
export const placeEntries = async (strapi: Core.Strapi, uid: OwnedUid, placeDocumentId: string, where: Record<string, unknown>, orderBy: Record<string, 'asc' | 'desc'>) => {
  const mine = { ...where, locale: 'de', place: { documentId: placeDocumentId } };
  const [drafts, published]: [Record<string, unknown>[], { documentId: string }[]] = await Promise.all([
    rows(strapi, uid).findMany({ where: { ...mine, publishedAt: null }, orderBy, limit: SHOWN }),
    rows(strapi, uid).findMany({ where: { ...mine, publishedAt: { $notNull: true } }, select: ['documentId'], limit: SHOWN }),
  ]);
  const live = new Set(published.map((entry) => entry.documentId));
  return drafts.map((draft) => ({ draft, documentId: String(draft.documentId), published: live.has(String(draft.documentId)) }));
};

/** "Zurückziehen" or "Termin absagen": the entry is unpublished in every language; its draft stays, to renew or delete. */
export const unpublishEntry = (strapi: Core.Strapi, uid: OwnedUid, documentId: string) => strapi.documents(uid).unpublish({ documentId, locale: '*' });
