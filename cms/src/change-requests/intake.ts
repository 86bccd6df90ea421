import { unlink } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { CHANGE_REQUEST } from '../content-types';
import { editLinkConfig } from '../edit-links/config';
import { access, germanPlace, type StoredLink } from '../edit-links/links';
import { isRecord } from '../is-record';
import { IMAGE_TYPES } from '../uploads/image-type';
import { examineImage } from '../uploads';
import { EVENTS } from './event';
import { holdFiles } from './held-files';
import { NOTICES } from './notice';
import { notifyEditorsOfChange } from './notify';
import { placeEntry, type OwnedSubject, type OwnedType, type Plain } from './owned';
import { changedFields, problemsOf, profileOf, submissionSchema, type NewImage, type Problem } from './profile';
import { DAY_MS } from '../time';
import { restError } from '../http/error-body';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Upload = { filepath: string; originalFilename?: string | null; size?: number };

export const SESSION_HEADER = 'x-edit-session';

let perMinute: RateLimiterMemory | undefined;
/** Attempts a link may make a minute, counted in this process's memory. */
const minuteLimiter = () => (perMinute ??= new RateLimiterMemory({ points: editLinkConfig().perMinute, duration: 60 }));

/** Strapi's error shape, with what the site needs to point at the field. */
const refuse = (ctx: Context, status: number, name: string, message: string, details: Record<string, unknown> = {}) => {
  ctx.status = status;
  ctx.body = restError(status, name, message, details);
};

export const refuseAccess = (ctx: Context, reason: string) =>
  refuse(ctx, 401, 'UnauthorizedError', 'Dieser Bearbeitungslink ist ungültig, abgelaufen oder widerrufen.', { reason });

const invalid = (ctx: Context, errors: Problem[]) => refuse(ctx, 400, 'ValidationError', errors.map((e) => `${e.path.join('.')}: ${e.message}`).join(' '), { errors });

const tooMany = (ctx: Context, ms: number) => {
  const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
  ctx.set('Retry-After', String(retryAfterSeconds));
  refuse(ctx, 429, 'RateLimitError', 'Zu viele Änderungswünsche über diesen Link. Bitte später noch einmal versuchen.', { retryAfterSeconds });
};

const filesOf = (ctx: Context): (Upload | undefined)[] => {
  const files: unknown = Reflect.get(ctx.request, 'files');
  if (!isRecord(files)) return [];
  return [0, 1, 2, 3].map((index) => {
    const file = files[`image${index}`];
    const one: unknown = Array.isArray(file) ? file[0] : file;
    return isRecord(one) && typeof one.filepath === 'string' ? { filepath: one.filepath, originalFilename: String(one.originalFilename ?? ''), size: Number(one.size) } : undefined;
  });
};

/** `data` as JSON, from a JSON body or from a multipart field holding JSON text. */
const submitted = (ctx: Context): unknown => {
  const body: unknown = ctx.request.body;
  const data = isRecord(body) ? body.data : undefined;
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
};

/** Each file must be an image the media library would take; the ones sent without an entry are refused too. */
const checkFiles = async (images: NewImage[], files: (Upload | undefined)[]) => {
  const problems: Problem[] = [];
  const admitted: { filepath: string; ext: string; name: string }[] = [];
  for (const [index] of images.entries()) {
    const file = files[index];
    if (!file) {
      problems.push({ path: ['images', index, 'file'], code: 'required', message: 'Bitte eine Bilddatei wählen.' });
      continue;
    }
    const result = await examineImage(file);
    if ('refusal' in result) problems.push({ path: ['images', index, 'file'], code: result.tooLarge ? 'file_size' : 'file_type', message: result.refusal });
    else admitted.push({ filepath: file.filepath, ext: IMAGE_TYPES[result.type].ext, name: file.originalFilename ?? '' });
  }
  for (const index of files.keys()) {
    if (files[index] && index >= images.length) problems.push({ path: ['images', index], code: 'too_many', message: 'Zu dieser Datei fehlen Alternativtext und Angaben.' });
  }
  return { problems, admitted };
};

const sentToday = async (strapi: Core.Strapi, link: StoredLink, now: Date) =>
  strapi.db.query(CHANGE_REQUEST).count({ where: { editLinkDocumentId: link.documentId, createdAt: { $gt: new Date(now.getTime() - DAY_MS) } } });

const unchanged = (ctx: Context) => invalid(ctx, [{ path: [], code: 'unchanged', message: 'Es wurde nichts geändert.' }]);

/** Logs what arrived by ids and field names only, tells the Redaktion, and answers the site. */
const received = (
  strapi: Core.Strapi,
  ctx: Context,
  request: { documentId: string; subject: 'profile' | OwnedSubject; fields: string[]; what: string },
  place: { documentId: string; name: string },
  owned?: { mailSubject: string; reported: string },
) => {
  const { documentId, subject, fields, what } = request;
  strapi.log.info(`[change-requests] ${subject} change request ${documentId} received for place ${place.documentId}: ${what}`);
  void notifyEditorsOfChange(strapi, documentId, place.name, owned);
  ctx.status = 201;
  ctx.body = { data: { documentId, fields } };
};

type Granted = { link: StoredLink; place: { documentId: string; name: string } };

const entryId = z.string().min(1).max(64).nullable();

/** The request's attribute naming the entry, as the document service takes it. */
const entryIdData = (type: { idField: 'eventDocumentId' | 'noticeDocumentId' }, documentId: string | null) =>
  type.idField === 'eventDocumentId' ? { eventDocumentId: documentId ?? undefined } : { noticeDocumentId: documentId ?? undefined };

/**
 * An entry the link's place owns (an event, a notice), new, changed or withdrawn: the type's rules
 * on its fields, a change only to one of the place's own entries and only where it differs from
 * that entry's draft.
 */
const receiveOwned = async <Entry extends Plain, Field extends string>(type: OwnedType<Entry, Field>, strapi: Core.Strapi, ctx: Context, { link, place }: Granted, data: Record<string, unknown>, now: Date) => {
  const id = entryId.safeParse(data[type.idField] ?? null);
  const documentId = id.success ? id.data : null;
  const withdraw = data.cancel === true;
  if (!id.success || (withdraw && !documentId)) return invalid(ctx, [{ path: [type.idField], code: 'invalid', message: type.words.missing }]);
  const parsed = withdraw ? null : type.checked(now).safeParse(data[type.subject]);
  if (parsed && !parsed.success) return invalid(ctx, problemsOf(parsed.error));
  const current = documentId ? await placeEntry(strapi, type.uid, place.documentId, documentId) : null;
  if (documentId && !current) return invalid(ctx, [{ path: [type.idField], code: 'invalid', message: type.words.missing }]);

  if ((await sentToday(strapi, link, now)) >= editLinkConfig().perDay) return tooMany(ctx, DAY_MS);

  // A withdrawal stores the entry's name for the list, as the entry may change meanwhile.
  const proposed = parsed?.data;
  const fields = proposed === undefined ? ['cancel'] : current ? type.changed(type.of(current), proposed) : [...type.fields];
  if (fields.length === 0) return unchanged(ctx);
  const created = await strapi.documents(CHANGE_REQUEST).create({
    data: {
      subject: type.subject,
      ...entryIdData(type, documentId),
      placeDocumentId: place.documentId,
      editLinkDocumentId: link.documentId,
      changes: proposed === undefined ? { cancel: true, title: current ? type.titleOf(type.of(current)) : '' } : proposed,
      reviewStatus: 'open',
      statusChangedAt: now,
    },
  });
  const name = type.words.logName;
  const what = proposed === undefined ? `cancel ${name} ${documentId}` : `${current ? `${name} ${documentId}` : `new ${name}`}: ${fields.join(', ')}`;
  received(strapi, ctx, { documentId: created.documentId, subject: type.subject, fields, what }, place, type.words);
};

/**
 * POST /api/change-requests from the site's edit page: the session's link must be valid; the
 * fields pass the same rules as in the admin, each refusal naming its field; only what differs
 * from the published profile is kept, with the images held out of public reach.
 */
export const receiveChangeRequest = async (strapi: Core.Strapi, ctx: Context) => {
  const files = filesOf(ctx);
  const discard = () => Promise.all(files.map((file) => file && unlink(file.filepath).catch(() => undefined)));
  try {
    const now = new Date();
    const granted = await access(strapi, 'session', ctx.get(SESSION_HEADER), now);
    if (!granted.ok) return refuseAccess(ctx, granted.reason);
    const { link, place } = granted;

    try {
      await minuteLimiter().consume(link.documentId);
    } catch (limited) {
      if (!(limited instanceof RateLimiterRes)) throw limited;
      return tooMany(ctx, limited.msBeforeNext);
    }

    const data = submitted(ctx);
    if (isRecord(data) && data.subject === 'event') return await receiveOwned(EVENTS, strapi, ctx, { link, place }, data, now);
    if (isRecord(data) && data.subject === 'notice') return await receiveOwned(NOTICES, strapi, ctx, { link, place }, data, now);

    const parsed = submissionSchema.safeParse(data);
    if (!parsed.success) return invalid(ctx, problemsOf(parsed.error));
    const { profile, images } = parsed.data;
    const { problems, admitted } = await checkFiles(images, files);
    if (problems.length) return invalid(ctx, problems);

    if ((await sentToday(strapi, link, now)) >= editLinkConfig().perDay) return tooMany(ctx, DAY_MS);

    const changes = changedFields(profileOf(await germanPlace(strapi, place.documentId, 'published')), profile);
    const fields = Object.keys(changes);
    if (fields.length === 0 && images.length === 0) return unchanged(ctx);

    const held = await holdFiles(strapi, admitted);
    const created = await strapi.documents(CHANGE_REQUEST).create({
      data: {
        subject: 'profile',
        placeDocumentId: place.documentId,
        editLinkDocumentId: link.documentId,
        changes,
        images: images.map((image, index) => ({ ...image, file: held[index], name: admitted[index].name })),
        reviewStatus: 'open',
        statusChangedAt: now,
      },
    });
    received(strapi, ctx, { documentId: created.documentId, subject: 'profile', fields, what: fields.join(', ') || 'images only' }, place);
  } finally {
    await discard();
  }
};
