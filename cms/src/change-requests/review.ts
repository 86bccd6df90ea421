import { stat } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { ChangeRequestDetail, ChangeRequestSummary } from '../admin/change-requests/types';
import { CHANGE_REQUEST, EDIT_LINK, PLACE } from '../content-types';
import { draftProfile, placeRef } from '../edit-links/links';
import { sendMail } from '../mail';
import { paragraphsFrom } from '../submissions/place-draft';
import { displayValue, fieldLabel } from './display';
import { EVENTS } from './event';
import { heldPath, releaseFiles } from './held-files';
import { NOTICES } from './notice';
import { rejectionMail } from './notify';
import { placeEntry, unpublishEntry, type OwnedType, type Plain } from './owned';
import { PROFILE_FIELDS, newImageSchema, profileSchema, sameValue, type EditableProfile, type ProfileField } from './profile';

const STATUSES = ['open', 'applied', 'rejected'] as const;
type ReviewStatus = (typeof STATUSES)[number];
export const isReviewStatus = (value: unknown): value is ReviewStatus => STATUSES.some((status) => status === value);

type Stored = {
  id: number;
  documentId: string;
  /** null for requests stored before events could be requested: those are profile requests */
  subject: 'profile' | 'event' | 'notice' | null;
  eventDocumentId: string | null;
  noticeDocumentId: string | null;
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

export type Decision =
  | { outcome: 'done'; placeDocumentId: string; entryDocumentId: string | null }
  | { outcome: 'not-found' }
  | { outcome: 'not-open' }
  | { outcome: 'nothing-chosen' }
  /** the event or notice to change is gone, or is not the link's place's */
  | { outcome: 'entry-not-found' };

/** What a withdrawal stores ("Termin absagen", "Zurückziehen"): the flag, and the entry's name at sending. */
const storedCancel = z.object({ cancel: z.literal(true), title: z.string() });

const requests = (strapi: Core.Strapi) => strapi.db.query(CHANGE_REQUEST);

/** Flips an open request to its decision; false when it was not open (decided meanwhile by someone else). */
const claim = async (strapi: Core.Strapi, documentId: string, reviewStatus: ReviewStatus, extra: Record<string, unknown> = {}) =>
  (await requests(strapi).updateMany({ where: { documentId, reviewStatus: 'open' }, data: { reviewStatus, statusChangedAt: new Date(), ...extra } })).count > 0;

/** A failed "Übernehmen" leaves the request open, as it was. */
const reopen = (strapi: Core.Strapi, stored: Stored) => requests(strapi).update({ where: { documentId: stored.documentId }, data: { reviewStatus: 'open', statusChangedAt: stored.statusChangedAt } });

/**
 * The review of a request for an entry the place owns (an event, a notice): which entry, its rows
 * against the entry's draft, and "Übernehmen". A new entry is taken over as a whole, a change field
 * by field, a withdrawal by unpublishing; each only for an entry of the request's place, checked
 * again here, whatever was stored.
 */
const ownedReview = <Entry extends Plain, Field extends string>(type: OwnedType<Entry, Field>, stored: Stored) => {
  const { documentId, placeDocumentId } = stored;
  const entryDocumentId = stored[type.idField];
  const cancel = storedCancel.safeParse(stored.changes).data ?? null;
  const proposed = cancel ? null : (type.values.safeParse(stored.changes).data ?? null);
  const kind = cancel ? 'cancel' : entryDocumentId ? 'change' : 'create';
  const draft = async (strapi: Core.Strapi) => (entryDocumentId ? await placeEntry(strapi, type.uid, placeDocumentId, entryDocumentId) : null);
  const name = type.words.logName;

  const apply = async (strapi: Core.Strapi, chosen: string[], userId?: number): Promise<Decision> => {
    const found = await draft(strapi);
    if (entryDocumentId && !found) return { outcome: 'entry-not-found' };
    if (cancel || !proposed) {
      if (!cancel || !found || !entryDocumentId) return { outcome: cancel ? 'entry-not-found' : 'not-found' };
      if (!(await claim(strapi, documentId, 'applied'))) return { outcome: 'not-open' };
      try {
        await unpublishEntry(strapi, type.uid, entryDocumentId);
      } catch (failure) {
        await reopen(strapi, stored);
        throw failure;
      }
      strapi.log.info(`[change-requests] change request ${documentId} applied: ${name} ${entryDocumentId} of place ${placeDocumentId} unpublished`);
      return { outcome: 'done', placeDocumentId, entryDocumentId };
    }
    const fields = found ? type.changed(type.of(found), proposed).filter((field) => chosen.includes(field)) : type.fields;
    if (fields.length === 0) return { outcome: 'nothing-chosen' };
    if (!(await claim(strapi, documentId, 'applied'))) return { outcome: 'not-open' };
    try {
      const entry = found ? String(found.documentId) : await type.create(strapi, placeDocumentId, proposed, userId);
      if (found) await type.update(strapi, entry, proposed, fields, userId);
      strapi.log.info(`[change-requests] change request ${documentId} applied to the draft of ${name} ${entry} of place ${placeDocumentId}: ${fields.join(', ')}`);
      return { outcome: 'done', placeDocumentId, entryDocumentId: entry };
    } catch (failure) {
      await reopen(strapi, stored);
      throw failure;
    }
  };

  /** A new entry's every field, the fields that differ from the entry's draft, or a withdrawal's one row. */
  const rows = async (strapi: Core.Strapi) => {
    const found = await draft(strapi);
    const current = found && type.of(found);
    if (cancel) {
      const { label, field, text } = type.words.cancelRow;
      return [{ field: 'cancel', label, current: type.display(field, current), proposed: text, conflict: false }];
    }
    if (!proposed) return [];
    const fields = current ? type.changed(current, proposed) : type.fields;
    return fields.map((field) => ({ field, label: type.label(field), current: type.display(field, current), proposed: type.display(field, proposed), conflict: false }));
  };

  return {
    entry: { documentId: entryDocumentId, title: proposed ? type.titleOf(proposed) : (cancel?.title ?? ''), cancel: cancel !== null },
    summary: `${type.words[kind]}: ${proposed ? type.titleOf(proposed) : (cancel?.title ?? '')}`,
    rows,
    apply,
  };
};

/** The review of an event or notice request; null for a profile request. */
const ownedOf = (stored: Stored) => (stored.subject === 'event' ? ownedReview(EVENTS, stored) : stored.subject === 'notice' ? ownedReview(NOTICES, stored) : null);

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
      entry: ownedOf(stored)?.entry ?? null,
      fields: [ownedOf(stored)?.summary ?? fieldsOf(stored).map(fieldLabel)].flat(),
      images: imagesOf(stored).length,
    })),
  );
};

/** The link's draft at sending, against which an editor's later change shows as a conflict. */
const baselineOf = async (strapi: Core.Strapi, linkDocumentId: string) => {
  const link: { baseline: unknown } | null = await strapi.db.query(EDIT_LINK).findOne({ where: { documentId: linkDocumentId }, select: ['baseline'] });
  return profileSchema.safeParse(link?.baseline).data ?? null;
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
    entry: ownedOf(stored)?.entry ?? null,
  };
  const owned = ownedOf(stored);
  if (owned) return { ...head, fields: await owned.rows(strapi), images: [] };
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
  const owned = ownedOf(stored);
  if (owned) return owned.apply(strapi, choice.fields, userId);
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
    await reopen(strapi, stored);
    throw failure;
  }
  await releaseFiles(strapi, allImages.map((image) => image.file));
  strapi.log.info(`[change-requests] change request ${documentId} applied to the draft of place ${placeDocumentId}: ${fields.join(', ')} and ${images.length} images`);
  return { outcome: 'done', placeDocumentId, entryDocumentId: null };
};

/** "Ablehnen": the note goes to the place's private address; the request is kept, its images are not. */
export const rejectChangeRequest = async (strapi: Core.Strapi, documentId: string, note: string): Promise<Decision | { outcome: 'mail-failed' }> => {
  const stored = await find(strapi, documentId);
  if (!stored) return { outcome: 'not-found' };
  if (!(await claim(strapi, documentId, 'rejected', { reviewNote: note }))) return { outcome: 'not-open' };
  await releaseFiles(strapi, imagesOf(stored).map((image) => image.file));
  const place = await placeRef(strapi, stored.placeDocumentId);
  if (!place?.privateEmail) return { outcome: 'done', placeDocumentId: stored.placeDocumentId, entryDocumentId: null };
  try {
    await sendMail(strapi, { to: place.privateEmail, ...rejectionMail(place.name, note) });
  } catch (failure) {
    strapi.log.error(`[change-requests] could not email the rejection of ${documentId}: ${failure instanceof Error ? failure.message : String(failure)}`);
    return { outcome: 'mail-failed' };
  }
  strapi.log.info(`[change-requests] change request ${documentId} rejected`);
  return { outcome: 'done', placeDocumentId: stored.placeDocumentId, entryDocumentId: null };
};
