import type { Core } from '@strapi/strapi';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { problemsOf } from '../change-requests/profile';
import { NOTICE } from '../content-types';
import { placeRef } from '../edit-links/links';
import { restError } from '../http/error-body';
import { isRecord } from '../is-record';
import { smtpHost } from '../mail';
import { berlinDay, DAY_MS } from '../time';
import { noticeReplyConfig } from './config';
import { deliver, enqueue } from './queue';
import { replySchema } from './reply';

type Context = Parameters<Core.MiddlewareHandler>[0];

const refuse = (ctx: Context, status: number, name: string, message: string, details: Record<string, unknown> = {}) => {
  ctx.status = status;
  ctx.body = restError(status, name, message, details);
};

const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? '')).slice(0, 10);

/**
 * The published German notice and its place, if it is current (not past its last day in
 * Berlin); `open` when its place can be written to: it has a private address and the CMS a mail
 * server.
 */
const replyTarget = async (strapi: Core.Strapi, documentId: string, now: Date) => {
  const notice: { expiresOn: unknown; place?: { documentId: string } | null } | null = await strapi.db.query(NOTICE).findOne({
    where: { documentId, locale: 'de', publishedAt: { $notNull: true } },
    select: ['expiresOn'],
    populate: { place: { select: ['documentId'] } },
  });
  if (!notice?.place || (notice.expiresOn && day(notice.expiresOn) < berlinDay(now))) return null;
  const place = await placeRef(strapi, notice.place.documentId);
  if (!place) return null;
  return { place, open: Boolean(place.privateEmail && smtpHost(strapi)) };
};

const gone = (ctx: Context) => refuse(ctx, 404, 'NotFoundError', 'Diese Anzeige gibt es nicht (mehr).');

/** GET /api/notice-replies/:documentId: whether the site may offer the answer form, and nothing about the address. */
export const replyStatus = async (strapi: Core.Strapi, ctx: Context) => {
  ctx.set('Cache-Control', 'private, no-store');
  const documentId = String(ctx.params.documentId ?? '');
  const target = /^[a-z0-9]{1,64}$/.test(documentId) ? await replyTarget(strapi, documentId, new Date()) : null;
  if (!target) return gone(ctx);
  ctx.body = { data: { open: target.open } };
};

let limiters: { visitor: RateLimiterMemory; place: RateLimiterMemory } | undefined;
/** Daily counts in this process's memory: the queue forgets an answer once it is delivered, so it cannot count them. */
const dailyLimiters = () => {
  const { perVisitor, perPlace } = noticeReplyConfig();
  return (limiters ??= {
    visitor: new RateLimiterMemory({ points: perVisitor, duration: DAY_MS / 1000 }),
    place: new RateLimiterMemory({ points: perPlace, duration: DAY_MS / 1000 }),
  });
};

/** Counts one answer against each of its keys, or none when any of them is spent; the milliseconds until it frees, then. */
const overLimit = async (keys: { limiter: RateLimiterMemory; key: string }[]) => {
  const states = await Promise.all(keys.map(({ limiter, key }) => limiter.get(key)));
  const spent = states.flatMap((state, index) => (state && state.consumedPoints >= keys[index].limiter.points ? [state.msBeforeNext] : []));
  if (spent.length) return Math.max(...spent);
  await Promise.all(keys.map(({ limiter, key }) => limiter.consume(key)));
  return 0;
};

/**
 * POST /api/notice-replies from the site's answer form: checks the answer (400 naming each
 * field), the notice (404 when unknown, unpublished or expired; 409 when its place takes no
 * answers), the daily limits (429), queues it, and tries to send it at once. 201 when it was
 * delivered, 202 when it stays queued for the next attempt. Nothing of the answer is logged.
 */
export const receiveReply = async (strapi: Core.Strapi, ctx: Context) => {
  ctx.set('Cache-Control', 'private, no-store');
  const now = new Date();
  const body: unknown = ctx.request.body;
  const parsed = replySchema.safeParse(isRecord(body) ? body.data : undefined);
  if (!parsed.success) {
    const errors = problemsOf(parsed.error);
    return refuse(ctx, 400, 'ValidationError', errors.map((error) => `${error.path.join('.')}: ${error.message}`).join(' '), { errors });
  }
  const { noticeDocumentId, name, email, message, visitor } = parsed.data;
  const target = await replyTarget(strapi, noticeDocumentId, now);
  if (!target) return gone(ctx);
  if (!target.open) return refuse(ctx, 409, 'ConflictError', 'Dieser Ort nimmt über die Pinnwand keine Nachrichten an.');

  const { visitor: perVisitor, place: perPlace } = dailyLimiters();
  const waitMs = await overLimit([
    { limiter: perVisitor, key: `address:${visitor}` },
    { limiter: perVisitor, key: `email:${email.toLowerCase()}` },
    { limiter: perPlace, key: target.place.documentId },
  ]);
  if (waitMs) {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    ctx.set('Retry-After', String(retryAfterSeconds));
    return refuse(ctx, 429, 'RateLimitError', 'Heute sind schon zu viele Nachrichten von Ihnen oder an diesen Ort gegangen. Bitte morgen noch einmal versuchen.', { retryAfterSeconds });
  }

  const reply = await enqueue(strapi, { noticeDocumentId, placeDocumentId: target.place.documentId, name, email, message }, now);
  // A slow mail server must not hold the visitor up: past the wait the answer is "queued", and the attempt goes on.
  const { deliveryWaitMs } = noticeReplyConfig();
  const delivered = await Promise.race([deliver(strapi, reply, now), new Promise<false>((resolve) => setTimeout(() => resolve(false), deliveryWaitMs))]);
  ctx.status = delivered ? 201 : 202;
  ctx.body = { data: { status: delivered ? 'delivered' : 'queued' } };
};
