import type { Core, Data } from '@strapi/strapi';
import { z } from 'zod';
import noticeType from '../api/notice/content-types/notice/schema.json';
import { NOTICE } from '../content-types';
import { YEARS_AHEAD } from '../documents/notice-rules';
import { fitsDirection } from '../notices/kinds';
import { addDays, berlinDay } from '../time';
import { notice as noticeLabels } from '../admin-labels/notice';
import { dateDe, enumLabels } from './display';
import { placeEntries, type OwnedType } from './owned';
import { str, text } from './profile';

/**
 * A notice ("Gesucht & Angeboten") as a place's own people add, change or withdraw it through
 * their edit link: direction, kind, text and the last day shown. `addedOn` is the day the
 * Redaktion takes a new one over; the limits are read from the type's schema.
 */
const { attributes } = noticeType;

type Notice = Data.ContentType<typeof NOTICE>;
type Direction = NonNullable<Notice['direction']>;
type Kind = NonNullable<Notice['kind']>;
const isDirection = (value: unknown): value is Direction => attributes.direction.enum.some((direction) => direction === value);
const isKind = (value: unknown): value is Kind => attributes.kind.enum.some((kind) => kind === value);

const noticeFields = z.object({
  direction: z.custom<Direction>(isDirection, { params: { code: 'invalid' } }),
  kind: z.custom<Kind>(isKind, { params: { code: 'invalid' } }),
  text: text(attributes.text.maxLength).pipe(z.string().min(1)),
  expiresOn: z.iso.date().nullable(),
});
type EditableNotice = z.infer<typeof noticeFields>;

/**
 * The notice type's rules (documents/notice-rules.ts: the kind fits the direction, at most two
 * years ahead) and a last day not before today, the day a new one is added, each on its field.
 */
const noticeSchema = (now: Date) =>
  noticeFields.superRefine((notice, ctx) => {
    if (!fitsDirection(notice.direction, notice.kind)) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Diese Art passt nicht zur Richtung.', params: { code: 'kind_direction' } });
    if (!notice.expiresOn) return;
    const today = berlinDay(now);
    const latest = addDays(today, YEARS_AHEAD * 366);
    if (notice.expiresOn < today) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Der letzte Tag darf nicht in der Vergangenheit liegen.', params: { code: 'in_past' } });
    if (notice.expiresOn > latest) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: `Höchstens ${YEARS_AHEAD} Jahre im Voraus.`, params: { code: 'too_far_ahead' } });
  });

const NOTICE_FIELDS = ['direction', 'kind', 'text', 'expiresOn'] as const;
type NoticeField = (typeof NOTICE_FIELDS)[number];

const dateOf = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

/** A notice's German draft in the edit form's shape. */
const noticeOf = (notice: Record<string, unknown>): EditableNotice => ({
  direction: isDirection(notice.direction) ? notice.direction : 'seeking',
  kind: isKind(notice.kind) ? notice.kind : 'other',
  text: str(notice.text),
  expiresOn: dateOf(notice.expiresOn),
});

const changedNoticeFields = (current: EditableNotice, proposed: EditableNotice) => NOTICE_FIELDS.filter((field) => current[field] !== proposed[field]);

/** "Übernehmen" of a change: the chosen fields into the notice's German draft; a last day left out is written as none. */
const updateNoticeDraft = async (strapi: Core.Strapi, documentId: string, notice: EditableNotice, fields: readonly NoticeField[], userId?: number) => {
  const chosen = (field: NoticeField) => fields.includes(field);
  await strapi.documents(NOTICE).update({
    documentId,
    locale: 'de',
    data: {
      ...(chosen('direction') && { direction: notice.direction }),
      ...(chosen('kind') && { kind: notice.kind }),
      ...(chosen('text') && { text: notice.text }),
      ...(chosen('expiresOn') && notice.expiresOn && { expiresOn: notice.expiresOn }),
      ...(userId && { updatedBy: userId }),
    },
  });
  // The document service's types take no null for a date; the draft's row takes it.
  if (chosen('expiresOn') && notice.expiresOn === null) await strapi.db.query(NOTICE).updateMany({ where: { documentId, locale: 'de', publishedAt: null }, data: { expiresOn: null } });
};

/** "Übernehmen" of a new notice: a German draft at the place, added today (Berlin), never a sample. */
const createNoticeDraft = async (strapi: Core.Strapi, placeDocumentId: string, notice: EditableNotice, userId?: number) => {
  const created = await strapi.documents(NOTICE).create({
    locale: 'de',
    data: {
      direction: notice.direction,
      kind: notice.kind,
      text: notice.text,
      ...(notice.expiresOn && { expiresOn: notice.expiresOn }),
      addedOn: berlinDay(new Date()),
      place: placeDocumentId,
      isSample: false,
      translationStatus: 'original',
      ...(userId && { createdBy: userId, updatedBy: userId }),
    },
  });
  return created.documentId;
};

/**
 * Every notice of the place as a draft, newest first, expired ones too (marked, so that the
 * place can renew them); `published` says whether the site shows one.
 */
export const placeNotices = async (strapi: Core.Strapi, placeDocumentId: string, now = new Date()) => {
  const today = berlinDay(now);
  const found = await placeEntries(strapi, NOTICE, placeDocumentId, {}, { addedOn: 'desc' });
  return found.map(({ draft, documentId, published }) => {
    const notice = noticeOf(draft);
    return { documentId, published, expired: notice.expiresOn !== null && notice.expiresOn < today, notice };
  });
};

/** What the Redaktion's list calls a notice: its first words. */
const TITLE_LENGTH = 60;
const titleOf = ({ text: words }: EditableNotice) => (words.length > TITLE_LENGTH ? `${words.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : words);

// "Gesucht (der Ort sucht etwas)": the name without its explanation.
const NOTICE_DIRECTIONS = Object.fromEntries(Object.entries(enumLabels(noticeLabels.fields.direction?.description)).map(([value, name]) => [value, name.replace(/\s*\(.*$/, '')]));
const NOTICE_KINDS = enumLabels(noticeLabels.fields.kind?.description);

const noticeFieldLabel = (field: NoticeField) => noticeLabels.fields[field]?.label ?? field;

/** A field of a notice as readable German text for the review table. */
const displayNoticeValue = (field: NoticeField, notice: EditableNotice | null): string => {
  if (!notice) return '(leer)';
  if (field === 'direction') return NOTICE_DIRECTIONS[notice.direction] ?? notice.direction;
  if (field === 'kind') return NOTICE_KINDS[notice.kind] ?? notice.kind;
  if (field === 'expiresOn') return notice.expiresOn ? dateDe(notice.expiresOn) : '(unbefristet)';
  return notice.text.trim() || '(leer)';
};

/** Notices as the edit link adds, changes and withdraws them. */
export const NOTICES: OwnedType<EditableNotice, NoticeField> = {
  subject: 'notice',
  uid: NOTICE,
  idField: 'noticeDocumentId',
  fields: NOTICE_FIELDS,
  values: noticeFields,
  checked: noticeSchema,
  of: noticeOf,
  changed: changedNoticeFields,
  create: createNoticeDraft,
  update: updateNoticeDraft,
  titleOf,
  label: noticeFieldLabel,
  display: displayNoticeValue,
  words: {
    missing: 'Diesen Eintrag unter „Gesucht & Angeboten“ gibt es bei diesem Ort nicht.',
    create: 'Neu bei Gesucht & Angeboten',
    change: 'Gesucht & Angeboten ändern',
    cancel: 'Gesucht & Angeboten zurückziehen',
    cancelRow: { label: 'Zurückziehen', field: 'text', text: 'Der Ort zieht den Eintrag zurück: nicht mehr veröffentlichen.' },
    mailSubject: ' zu Gesucht & Angeboten',
    reported: 'etwas unter „Gesucht & Angeboten“ gemeldet, geändert oder zurückgezogen',
    logName: 'notice',
  },
};
