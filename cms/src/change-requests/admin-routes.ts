import { createReadStream } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../http/admin-routes';
import { NOT_CACHEABLE } from '../http/cache-policy';
import { isRecord } from '../is-record';
import { EVENT_EDITORS, NOTICE_EDITORS, PLACE_EDITORS, REVIEWERS, reviewPolicies } from './permissions';
import { IMAGE_TYPES } from '../uploads/image-type';
import { applyChangeRequest, changeRequestDetail, heldImage, isReviewStatus, listChangeRequests, rejectChangeRequest, type Decision } from './review';

const NOTE_MAX = 1000;

const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const numbers = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is number => Number.isInteger(item)) : []);

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The German answer to a decision that could not be made. */
const answerFailed = (ctx: Context, decision: Exclude<Decision, { outcome: 'done' }>) => {
  if (decision.outcome === 'not-found') return ctx.notFound('Diesen Änderungswunsch gibt es nicht (mehr).');
  if (decision.outcome === 'not-open') return ctx.conflict('Über diesen Änderungswunsch ist schon entschieden.');
  if (decision.outcome === 'entry-not-found') return ctx.notFound('Diesen Termin oder Eintrag gibt es bei diesem Kreativort nicht (mehr).');
  return ctx.badRequest('Bitte mindestens ein Feld oder Bild zum Übernehmen wählen.');
};

/** The admin's "Änderungswünsche" page: the list, one request against the draft, its images, and the two decisions. */
export const registerChangeRequestRoutes = (strapi: Core.Strapi) => {
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/kreativorte/change-requests',
      handler: async (ctx) => {
        const status = ctx.query.status ?? 'open';
        if (!isReviewStatus(status)) return ctx.badRequest('status muss open, applied oder rejected sein.');
        const place = typeof ctx.query.place === 'string' ? ctx.query.place : undefined;
        ctx.body = { data: await listChangeRequests(strapi, status, place) };
      },
      config: { policies: reviewPolicies(REVIEWERS) },
    },
    {
      method: 'GET',
      path: '/kreativorte/change-requests/:documentId',
      handler: async (ctx) => {
        const detail = await changeRequestDetail(strapi, ctx.params.documentId);
        if (!detail) return ctx.notFound('Diesen Änderungswunsch gibt es nicht (mehr).');
        ctx.body = { data: detail };
      },
      config: { policies: reviewPolicies(REVIEWERS) },
    },
    {
      method: 'GET',
      path: '/kreativorte/change-requests/:documentId/images/:index',
      handler: async (ctx) => {
        const image = await heldImage(strapi, ctx.params.documentId, Number(ctx.params.index));
        if (!image) return ctx.notFound('Dieses Bild gibt es nicht (mehr).');
        const type = Object.values(IMAGE_TYPES).find(({ ext }) => image.path.endsWith(ext));
        ctx.set('Cache-Control', NOT_CACHEABLE);
        ctx.type = type?.mime ?? 'application/octet-stream';
        ctx.body = createReadStream(image.path);
      },
      config: { policies: reviewPolicies(REVIEWERS) },
    },
    {
      method: 'POST',
      path: '/kreativorte/change-requests/:documentId/apply',
      handler: async (ctx) => {
        const body: unknown = ctx.request.body;
        const choice = isRecord(body) ? { fields: strings(body.fields), images: numbers(body.images) } : { fields: [], images: [] };
        const decision = await applyChangeRequest(strapi, ctx.params.documentId, choice, ctx.state.user?.id);
        if (decision.outcome !== 'done') return answerFailed(ctx, decision);
        ctx.body = { data: { placeDocumentId: decision.placeDocumentId, entryDocumentId: decision.entryDocumentId } };
      },
      // A request may change the place's draft, one of its events or one of its notices.
      config: { policies: reviewPolicies(REVIEWERS, PLACE_EDITORS, EVENT_EDITORS, NOTICE_EDITORS) },
    },
    {
      method: 'POST',
      path: '/kreativorte/change-requests/:documentId/reject',
      handler: async (ctx) => {
        const body: unknown = ctx.request.body;
        const note = isRecord(body) && typeof body.note === 'string' ? body.note.trim() : '';
        if (!note || note.length > NOTE_MAX) return ctx.badRequest(`Bitte eine kurze Begründung schreiben (1 bis ${NOTE_MAX} Zeichen); sie geht per E-Mail an den Ort.`);
        const decision = await rejectChangeRequest(strapi, ctx.params.documentId, note);
        if (decision.outcome === 'mail-failed') {
          ctx.body = { data: { mailed: false } };
          return;
        }
        if (decision.outcome !== 'done') return answerFailed(ctx, decision);
        ctx.body = { data: { mailed: true } };
      },
      config: { policies: reviewPolicies(REVIEWERS) },
    },
  ]);
};
