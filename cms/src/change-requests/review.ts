import { stat } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { ChangeRequestDetail, ChangeRequestSummary } from '../admin/change-requests/types';
import { CHANGE_REQUEST, EDIT_LINK, EVENT, PLACE } from '../content-types';
import { draftProfile, placeRef } from '../edit-links/links';
import { sendMail } from '../mail';
import { paragraphsFrom } from '../submissions/place-draft';
import { CANCEL_LABEL, CANCEL_TEXT, displayEventValue, displayValue, eventFieldLabel, fieldLabel } from './display';
import { cancelOf, changedEventFields, createEventDraft, EVENT_FIELDS, eventFields, eventOf, placeEvent, updateEventDraft } from './event';
import { heldPath, releaseFiles } from './held-files';
import { rejectionMail } from './notify';
import { PROFILE_FIELDS, newImageSchema, profileSchema, sameValue, type EditableProfile, type ProfileField } from './profile';

const STATUSES = ['open', 'applied', 'rejected'] as const;
type ReviewStatus = (typeof STATUSES)[number];
export const isReviewStatus = (value: unknown): value is ReviewStatus => STATUSES.some((status) => status === value);

type Stored = {
  id: number;
  documentId: string;
  /** null for requests stored before events could be requested: those are profile requests */
  subject: 'profile' | 'event' | null;
  eventDocumentId: string | null;
  placeDocumentId: string;
  editLinkDocumentId: string;
  changes: unknown;
  images: unknown;
  reviewStatus: ReviewStatus;
  statusChangedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
};

const heldImages = z.array(newImageSchema.extend({ file: z.string(), name: z.string() }));
const changesOf = (stored: Stored): Partial<EditableProfile> => profileSchema.partial().safeParse(stored.changes).data ?? {};
const imagesOf = (stored: Stored) => heldImages.safeParse(stored.images).data ?? [];
const fieldsOf = (stored: Stored) => PROFILE_FIELDS.filter((field) => field in changesOf(stored));
const proposedEvent = (stored: Stored) => (stored.subject === 'event' ? (eventFields.safeParse(stored.changes).data ?? null) : null);

/** An event request's event: the proposed title, and which event it changes (none for a new one). */
const cancelled = (stored: Stored) => (stored.subject === 'event' ? cancelOf(stored.changes) : null);
const eventRef = (stored: Stored) =>
  stored.subject === 'event'
    ? { documentId: stored.eventDocumentId, title: proposedEvent(stored)?.title ?? cancelled(stored)?.title ?? '', cancel: cancelled(stored) !== null }
    : null;
const EVENT_REQUEST = { cancel: 'Termin absagen', change: 'Termin ändern', create: 'Neuer Termin' };
const eventRequestKind = (stored: Stored) => (cancelled(stored) ? 'cancel' : stored.eventDocumentId ? 'change' : 'create');

const requests = (strapi: Core.Strapi) => strapi.db.query(CHANGE_REQUEST);
const find = async (strapi: Core.Strapi, documentId: string): Promise<Stored | null> => requests(strapi).findOne({ where: { documentId } });

/** Open requests of the place, or of one of its links only. */
export const openChangeRequests = (strapi: Core.Strapi, placeDocumentId: string, editLinkDocumentId?: string): Promise<number> =>
  requests(strapi).count({ where: { placeDocumentId, reviewStatus: 'open', ...(editLinkDocumentId && { editLinkDocumentId }) } });

const placeOf = async (strapi: Core.Strapi, documentId: string) => {
  const place = await placeRef(strapi, documentId);
  return { documentId, name: place?.name ?? '(gelöschter Ort)', slug: place?.slug ?? '' };
};

/** The list on the admin's "Änderungswünsche" page, newest first. */
export const listChangeRequests = async (strapi: Core.Strapi, status: ReviewStatus, placeDocumentId?: string): Promise<ChangeRequestSummary[]> => {
  const found: Stored[] = await requests(strapi).findMany({
    where: { reviewStatus: status, ...(placeDocumentId && { placeDocumentId }) },
    orderBy: { createdAt: 'desc' },
    limit: 200,
  });
  return Promise.all(
    found.map(async (stored) => ({
      documentId: stored.documentId,
      status: stored.reviewStatus,
      createdAt: stored.createdAt,
      place: await placeOf(strapi, stored.placeDocumentId),
      subject: stored.subject ?? 'profile',
      event: eventRef(stored),
      fields: stored.subject === 'event' ? [`${EVENT_REQUEST[eventRequestKind(stored)]}: ${eventRef(stored)?.title ?? ''}`] : fieldsOf(stored).map(fieldLabel),
      images: imagesOf(stored).length,
    })),
  );
};

/** The link's draft at sending, against which an editor's later change shows as a conflict. */
const baselineOf = async (strapi: Core.Strapi, linkDocumentId: string) => {
  const link: { baseline: unknown } | null = await strapi.db.query(EDIT_LINK).findOne({ where: { documentId: linkDocumentId }, select: ['baseline'] });
  return profileSchema.safeParse(link?.baseline).data ?? null;
};

/** An event request's rows: a new event's every field, or the fields that differ from the event's draft. */
const eventRows = async (strapi: Core.Strapi, stored: Stored) => {
  const draft = stored.eventDocumentId ? await placeEvent(strapi, stored.placeDocumentId, stored.eventDocumentId) : null;
  const current = draft && eventOf(draft);
  if (cancelled(stored)) return [{ field: 'cancel', label: CANCEL_LABEL, current: displayEventValue('when', current), proposed: CANCEL_TEXT, conflict: false }];
  const proposed = proposedEvent(stored);
  if (!proposed) return [];
  const fields = current ? changedEventFields(current, proposed) : EVENT_FIELDS;
  return fields.map((field) => ({ field, label: eventFieldLabel(field), current: displayEventValue(field, current), proposed: displayEventValue(field, proposed), conflict: false }));
};

/** One change request, field by field against the place's (or its event's) current German draft. */
export const changeRequestDetail = async (strapi: Core.Strapi, documentId: string): Promise<ChangeRequestDetail | null> => {
  const stored = await find(strapi, documentId);
  if (!stored) return null;
  const head = {
    documentId: stored.documentId,
    status: stored.reviewStatus,
    createdAt: stored.createdAt,
    statusChangedAt: stored.statusChangedAt,
    reviewNote: stored.reviewNote,
    place: await placeOf(strapi, stored.placeDocumentId),
    subject: stored.subject ?? 'profile',
    event: eventRef(stored),
  };
  if (stored.subject === 'event') return { ...head, fields: await eventRows(strapi, stored), images: [] };
  const changes = changesOf(stored);
  const [draft, baseline] = await Promise.all([draftProfile(strapi, stored.placeDocumentId), baselineOf(strapi, stored.editLinkDocumentId)]);
  return {
    ...head,
    fields: fieldsOf(stored).map((field) => ({
      field,
      label: fieldLabel(field),
      current: displayValue(field, draft),
      proposed: displayValue(field, changes),
      conflict: baseline !== null && !sameValue(field, draft[field], baseline[field]),
    })),
    images: imagesOf(stored).map(({ alt, credit, licence, role }, index) => ({
      index,
      alt,
      credit,
      licence,
      role,
      url: `/kreativorte/change-requests/${stored.documentId}/images/${index}`,
    })),
  };
};

/** The held file of one image of a change request, for the editor's preview. */
export const heldImage = async (strapi: Core.Strapi, documentId: string, index: number) => {
  const stored = await find(strapi, documentId);
  const image = stored ? imagesOf(stored)[index] : undefined;
  const path = image && heldPath(strapi, image.file);
  return image && path ? { path, name: image.name } : null;
};

/** A component is stored anew as a whole, so a value left out is an empty one. */
const orNone = <T>(value: T | null | '') => (value === null || value === '' ? undefined : value);

/** The chosen fields as the place's draft stores them. */
const placeData = (changes: Partial<EditableProfile>, fields: ProfileField[]) => {
  const chosen = (field: ProfileField) => fields.includes(field);
  const section = (text: string | undefined) => (text === undefined ? undefined : paragraphsFrom(text));
  const { facts, contact, website } = changes;
  return {
    ...(chosen('building') && { building: section(changes.building) }),
    ...(chosen('location') && { location: section(changes.location) }),
    ...(chosen('town') && { town: section(changes.town) }),
    ...(chosen('people') && { people: section(changes.people) }),
    ...(chosen('livingAndWorking') && { livingAndWorking: section(changes.livingAndWorking) }),
    ...(chosen('facts') && facts && { facts: Object.fromEntries(Object.entries(facts).filter(([, fact]) => fact !== null && fact !== '')) }),
    ...(chosen('contact') && contact && { contact: { name: orNone(contact.name), email: orNone(contact.email), phone: orNone(contact.phone) } }),
    ...(chosen('website') && website !== undefined && { website }),
  };
};

type Image = { media?: { id: number } | null; alt?: string | null; credit?: string | null; licence?: string | null };
const imageData = (image: Image | null | undefined) =>
  image?.media ? [{ media: image.media.id, alt: image.alt ?? '', credit: orNone(image.credit ?? null), licence: orNone(image.licence ?? null) }] : [];

/** Imports the chosen images into the media library, with their alt text as the file's alternative text. */
const importImages = async (strapi: Core.Strapi, images: z.infer<typeof heldImages>) => {
  const imported: { id: number; alt: string; credit: string; licence: string; role: 'cover' | 'gallery' }[] = [];
  for (const image of images) {
    const filepath = heldPath(strapi, image.file);
    if (!filepath) continue;
    const [file]: { id: number }[] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo: { name: image.name, alternativeText: image.alt, caption: image.credit } }, files: { filepath, originalFilename: image.name, mimetype: null, size: (await stat(filepath)).size } });
    imported.push({ id: file.id, alt: image.alt, credit: image.credit, licence: image.licence, role: image.role });
  }
  return imported;
};

export type Decision =
  | { outcome: 'done'; placeDocumentId: string; eventDocumentId: string | null }
  | { outcome: 'not-found' }
  | { outcome: 'not-open' }
  | { outcome: 'nothing-chosen' }
  /** the event to change is gone, or is not the link's place's */
  | { outcome: 'event-not-found' };

/** Flips an open request to its decision; false when it was not open (decided meanwhile by someone else). */
const claim = async (strapi: Core.Strapi, documentId: string, reviewStatus: ReviewStatus, extra: Record<string, unknown> = {}) =>
  (await requests(strapi).updateMany({ where: { documentId, reviewStatus: 'open' }, data: { reviewStatus, statusChangedAt: new Date(), ...extra } })).count > 0;

/**
 * "Übernehmen": writes the chosen fields and images into the place's German draft, in one
 * step. Publishing stays the editor's next step. The link's baseline follows, so that the
 * place's next request is not measured against what this one replaced.
 */
export const applyChangeRequest = async (
  strapi: Core.Strapi,
  documentId: string,
  choice: { fields: string[]; images: number[] },
  userId?: number,
): Promise<Decision> => {
  const stored = await find(strapi, documentId);
  if (!stored) return { outcome: 'not-found' };
  if (stored.subject === 'event') return applyEventRequest(strapi, stored, choice.fields, userId);
  const fields = fieldsOf(stored).filter((field) => choice.fields.includes(field));
  const allImages = imagesOf(stored);
  const images = allImages.filter((_, index) => choice.images.includes(index));
  if (fields.length === 0 && images.length === 0) return { outcome: 'nothing-chosen' };
  if (!(await claim(strapi, documentId, 'applied'))) return { outcome: 'not-open' };

  const placeDocumentId = stored.placeDocumentId;
  try {
    const imported = await importImages(strapi, images);
    const draft = await strapi.documents(PLACE).findOne({
      documentId: placeDocumentId,
      locale: 'de',
      status: 'draft',
      populate: { cover: { populate: { media: true } }, gallery: { populate: { media: true } } },
    });
    const cover = imported.filter((image) => image.role === 'cover').at(-1);
    const added = imported.filter((image) => image.role === 'gallery');
    const media = ({ id, alt, credit, licence }: (typeof imported)[number]) => ({ media: id, alt, credit: orNone(credit), licence: orNone(licence) });
    await strapi.documents(PLACE).update({
      documentId: placeDocumentId,
      locale: 'de',
      data: {
        ...placeData(changesOf(stored), fields),
        ...(cover && { cover: media(cover) }),
        ...(added.length && { gallery: [...(draft?.gallery ?? []).flatMap(imageData), ...added.map(media)] }),
        ...(userId && { updatedBy: userId }),
      },
    });
    const applied = await draftProfile(strapi, placeDocumentId);
    const baseline = await baselineOf(strapi, stored.editLinkDocumentId);
    if (baseline) {
      const updated = { ...baseline, ...Object.fromEntries(fields.map((field) => [field, applied[field]])) };
      await strapi.db.query(EDIT_LINK).update({ where: { documentId: stored.editLinkDocumentId }, data: { baseline: updated } });
    }
  } catch (failure) {
    await requests(strapi).update({ where: { documentId }, data: { reviewStatus: 'open', statusChangedAt: stored.statusChangedAt } });
    throw failure;
  }
  await releaseFiles(strapi, allImages.map((image) => image.file));
  strapi.log.info(`[change-requests] change request ${documentId} applied to the draft of place ${placeDocumentId}: ${fields.join(', ')} and ${images.length} images`);
  return { outcome: 'done', placeDocumentId, eventDocumentId: null };
};

/**
 * "Übernehmen" of an event request: a new event becomes a German draft at the link's place, as a
 * whole; a change writes the chosen fields into the event's draft, and only if the event is the
 * place's own (checked again here, whatever was stored). Publishing stays the editor's next step.
 */
const applyEventRequest = async (strapi: Core.Strapi, stored: Stored, chosen: string[], userId?: number): Promise<Decision> => {
  if (cancelled(stored)) return applyCancel(strapi, stored);
  const proposed = proposedEvent(stored);
  if (!proposed) return { outcome: 'not-found' };
  const { documentId, placeDocumentId, eventDocumentId } = stored;
  const draft = eventDocumentId ? await placeEvent(strapi, placeDocumentId, eventDocumentId) : null;
  if (eventDocumentId && !draft) return { outcome: 'event-not-found' };
  const fields = draft ? changedEventFields(eventOf(draft), proposed).filter((field) => chosen.includes(field)) : EVENT_FIELDS;
  if (fields.length === 0) return { outcome: 'nothing-chosen' };
  if (!(await claim(strapi, documentId, 'applied'))) return { outcome: 'not-open' };
  try {
    const event = draft ? String(draft.documentId) : await createEventDraft(strapi, placeDocumentId, proposed, userId);
    if (draft) await updateEventDraft(strapi, event, proposed, fields, userId);
    strapi.log.info(`[change-requests] change request ${documentId} applied to the draft of event ${event} of place ${placeDocumentId}: ${fields.join(', ')}`);
    return { outcome: 'done', placeDocumentId, eventDocumentId: event };
  } catch (failure) {
    await requests(strapi).update({ where: { documentId }, data: { reviewStatus: 'open', statusChangedAt: stored.statusChangedAt } });
    throw failure;
  }
};

/** "Übernehmen" of a cancellation: the place's own event is unpublished in every language; its draft stays, to delete or keep. */
const applyCancel = async (strapi: Core.Strapi, stored: Stored): Promise<Decision> => {
  const { documentId, placeDocumentId, eventDocumentId } = stored;
  const draft = eventDocumentId ? await placeEvent(strapi, placeDocumentId, eventDocumentId) : null;
  if (!draft || !eventDocumentId) return { outcome: 'event-not-found' };
  if (!(await claim(strapi, documentId, 'applied'))) return { outcome: 'not-open' };
  try {
    await strapi.documents(EVENT).unpublish({ documentId: eventDocumentId, locale: '*' });
  } catch (failure) {
    await requests(strapi).update({ where: { documentId }, data: { reviewStatus: 'open', statusChangedAt: stored.statusChangedAt } });
    throw failure;
  }
  strapi.log.info(`[change-requests] change request ${documentId} applied: event ${eventDocumentId} of place ${placeDocumentId} unpublished`);
  return { outcome: 'done', placeDocumentId, eventDocumentId };
};

/** "Ablehnen": the note goes to the place's private address; the request is kept, its images are not. */
export const rejectChangeRequest = async (strapi: Core.Strapi, documentId: string, note: string): Promise<Decision | { outcome: 'mail-failed' }> => {
  const stored = await find(strapi, documentId);
  if (!stored) return { outcome: 'not-found' };
  if (!(await claim(strapi, documentId, 'rejected', { reviewNote: note }))) return { outcome: 'not-open' };
  await releaseFiles(strapi, imagesOf(stored).map((image) => image.file));
  const place = await placeRef(strapi, stored.placeDocumentId);
  if (!place?.privateEmail) return { outcome: 'done', placeDocumentId: stored.placeDocumentId, eventDocumentId: stored.eventDocumentId };
  try {
    await sendMail(strapi, { to: place.privateEmail, ...rejectionMail(place.name, note) });
  } catch (failure) {
    strapi.log.error(`[change-requests] could not email the rejection of ${documentId}: ${failure instanceof Error ? failure.message : String(failure)}`);
    return { outcome: 'mail-failed' };
  }
  strapi.log.info(`[change-requests] change request ${documentId} rejected`);
  return { outcome: 'done', placeDocumentId: stored.placeDocumentId, eventDocumentId: stored.eventDocumentId };
};
