import type { Core, Data } from '@strapi/strapi';
import { z } from 'zod';
import eventType from '../api/event/content-types/event/schema.json';
import { EVENT } from '../content-types';
import { RESERVED_SLUGS, timeProblems } from '../documents/event-rules';
import { paragraphsFrom, uniqueSlug } from '../submissions/place-draft';
import { link, SECTION_MAX, sectionText, str, text } from './profile';
import { event as eventLabels } from '../admin-labels/event';
import { enumLabels } from './display';
import { placeEntries, type OwnedType } from './owned';
import { DAY_MS } from '../time';

/**
 * An event as a place's own people announce or change it through their edit link: the event
 * type's fields in one plain shape, times as UTC instants (the site converts from Berlin time),
 * the description as text. The admin's limits are read from the type's schema.
 */
const { attributes } = eventType;

type EventKind = NonNullable<Data.ContentType<typeof EVENT>['kind']>;
const isEventKind = (value: unknown): value is EventKind => attributes.kind.enum.some((kind) => kind === value);

const instant = z.iso.datetime({ offset: true });

/** The fields without the rules between them: what a stored request is read back as. */
const eventFields = z.object({
  title: text(attributes.title.maxLength).pipe(z.string().min(1)),
  kind: z.custom<EventKind>(isEventKind, { params: { code: 'invalid' } }),
  startsAt: z.string().min(1).pipe(instant),
  endsAt: instant.nullable(),
  allDay: z.boolean(),
  description: text(SECTION_MAX),
  registrationUrl: link(attributes.registrationUrl.maxLength),
  price: text(attributes.price.maxLength),
  accessibility: text(attributes.accessibility.maxLength),
});
type EditableEvent = z.infer<typeof eventFields>;

/** The event type's own rules on its times (documents/event-rules.ts), each on its field with its code. */
const eventSchema = (now: Date) =>
  eventFields.superRefine((event, ctx) => {
    const times = { startsAt: Date.parse(event.startsAt), endsAt: event.endsAt ? Date.parse(event.endsAt) : undefined, allDay: event.allDay };
    for (const { field, code, message } of timeProblems(times, now)) ctx.addIssue({ code: 'custom', path: [field], message, params: { code } });
  });

/** The review table's rows: the times are one row, since they are only right together. */
const EVENT_FIELDS = ['title', 'kind', 'when', 'description', 'registrationUrl', 'price', 'accessibility'] as const;
type EventField = (typeof EVENT_FIELDS)[number];

const isoOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || value instanceof Date ? new Date(value).toISOString() : null);

/** An event's German version (as the document service returns it) in the edit form's shape. */
const eventOf = (event: Record<string, unknown>): EditableEvent => ({
  title: str(event.title),
  kind: isEventKind(event.kind) ? event.kind : 'other',
  startsAt: isoOf(event.startsAt) ?? '',
  endsAt: isoOf(event.endsAt),
  allDay: event.allDay === true,
  description: sectionText(event.description),
  registrationUrl: str(event.registrationUrl),
  price: str(event.price),
  accessibility: str(event.accessibility),
});

const valueOf = (event: EditableEvent, field: EventField) =>
  field === 'when' ? { startsAt: event.startsAt, endsAt: event.endsAt, allDay: event.allDay } : field === 'description' ? paragraphsFrom(event.description) : event[field];

const sameEventValue = (field: EventField, a: EditableEvent, b: EditableEvent) => JSON.stringify(valueOf(a, field)) === JSON.stringify(valueOf(b, field));

/** The fields of `proposed` that differ from the event's draft. */
const changedEventFields = (current: EditableEvent, proposed: EditableEvent) => EVENT_FIELDS.filter((field) => !sameEventValue(field, current, proposed));

/** Every field as the event's draft stores them; an end left out is written as none by `updateEventDraft`. */
const eventData = (event: EditableEvent) => ({
  title: event.title,
  kind: event.kind,
  startsAt: event.startsAt,
  endsAt: event.endsAt ?? undefined,
  allDay: event.allDay,
  description: paragraphsFrom(event.description),
  registrationUrl: event.registrationUrl,
  price: event.price,
  accessibility: event.accessibility,
});

/** "Übernehmen" of a change: the chosen fields into the event's German draft. */
const updateEventDraft = async (strapi: Core.Strapi, documentId: string, event: EditableEvent, fields: readonly EventField[], userId?: number) => {
  const { title, kind, startsAt, endsAt, allDay, description, registrationUrl, price, accessibility } = eventData(event);
  const chosen = (field: EventField) => fields.includes(field);
  await strapi.documents(EVENT).update({
    documentId,
    locale: 'de',
    data: {
      ...(chosen('title') && { title }),
      ...(chosen('kind') && { kind }),
      ...(chosen('when') && { startsAt, endsAt, allDay }),
      ...(chosen('description') && { description }),
      ...(chosen('registrationUrl') && { registrationUrl }),
      ...(chosen('price') && { price }),
      ...(chosen('accessibility') && { accessibility }),
      ...(userId && { updatedBy: userId }),
    },
  });
  // The document service's types take no null for a date; the draft's row takes it.
  if (chosen('when') && event.endsAt === null) await strapi.db.query(EVENT).updateMany({ where: { documentId, locale: 'de', publishedAt: null }, data: { endsAt: null } });
};

/**
 * The place's events that have not ended (a day's grace, so that today's all-day events stay), as
 * drafts, since that is what a change is applied to; `published` says whether the site shows one.
 */
export const upcomingEvents = async (strapi: Core.Strapi, placeDocumentId: string, now = new Date()) => {
  const since = new Date(now.getTime() - DAY_MS);
  const found = await placeEntries(strapi, EVENT, placeDocumentId, { $or: [{ startsAt: { $gte: since } }, { endsAt: { $gte: since } }] }, { startsAt: 'asc' });
  return found.map(({ draft, documentId, published }) => ({ documentId, published, event: eventOf(draft) }));
};

/** "Übernehmen" of a new event: a German draft at the place, never a sample, with a free slug. */
const createEventDraft = async (strapi: Core.Strapi, placeDocumentId: string, event: EditableEvent, userId?: number) => {
  const created = await strapi.documents(EVENT).create({
    locale: 'de',
    data: {
      ...eventData(event),
      slug: await uniqueSlug(strapi, EVENT, event.title, RESERVED_SLUGS),
      place: placeDocumentId,
      isSample: false,
      translationStatus: 'original',
      ...(userId && { createdBy: userId, updatedBy: userId }),
    },
  });
  return created.documentId;
};

/** A cancellation's one row: the event's times in its draft, and what applying does. */
const CANCEL_LABEL = 'Absage';
const CANCEL_TEXT = 'Der Ort sagt den Termin ab: nicht mehr veröffentlichen.';

/** The event's times are one row of the review: "Beginn und Ende". */
const eventFieldLabel = (field: EventField) =>
  field === 'when' ? `${eventLabels.fields.startsAt?.label ?? 'Beginn'} und ${eventLabels.fields.endsAt?.label ?? 'Ende'}` : (eventLabels.fields[field]?.label ?? field);

const berlin = {
  day: new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeZone: 'Europe/Berlin' }),
  time: new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Berlin' }),
};
const dayOf = (iso: string) => berlin.day.format(new Date(iso));
const momentOf = (iso: string) => `${dayOf(iso)}, ${berlin.time.format(new Date(iso))} Uhr`;

/** When, in Berlin time: whole days for an all-day event (its end is its last day), else days and times. */
const whenText = ({ startsAt, endsAt, allDay }: EditableEvent) => {
  if (allDay) return `${dayOf(startsAt)}${endsAt && dayOf(endsAt) !== dayOf(startsAt) ? ` bis ${dayOf(endsAt)}` : ''} (ganztägig)`;
  return `${momentOf(startsAt)}${endsAt ? ` bis ${momentOf(endsAt)}` : ''}`;
};

const EVENT_KINDS = enumLabels(eventLabels.fields.kind?.description);

/** A field of an event as readable German text for the review table. */
const displayEventValue = (field: EventField, event: EditableEvent | null): string => {
  if (!event) return '(leer)';
  if (field === 'when') return whenText(event);
  if (field === 'kind') return EVENT_KINDS[event.kind] ?? event.kind;
  return event[field].trim() || '(leer)';
};

/** Events as the edit link announces, changes and cancels them. */
export const EVENTS: OwnedType<EditableEvent, EventField> = {
  subject: 'event',
  uid: EVENT,
  idField: 'eventDocumentId',
  fields: EVENT_FIELDS,
  values: eventFields,
  checked: eventSchema,
  of: eventOf,
  changed: changedEventFields,
  create: createEventDraft,
  update: updateEventDraft,
  titleOf: (event) => event.title,
  label: eventFieldLabel,
  display: displayEventValue,
  words: {
    missing: 'Diesen Termin gibt es bei diesem Ort nicht.',
    create: 'Neuer Termin',
    change: 'Termin ändern',
    cancel: 'Termin absagen',
    cancelRow: { label: CANCEL_LABEL, field: 'when', text: CANCEL_TEXT },
    mailSubject: ' zu einem Termin',
    reported: 'einen Termin gemeldet, geändert oder abgesagt',
    logName: 'event',
  },
};
