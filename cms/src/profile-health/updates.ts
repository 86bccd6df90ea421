import type { Core } from '@strapi/strapi';
import { EVENT, NOTICE, PLACE } from '../content-types';
import { paramsOf } from '../documents/params';
import { isRecord } from '../is-record';
import { documentIdOf } from '../site/eviction';
import { recomputeScores, storedScore } from './recompute';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const OWNED = new Set<string>([NOTICE, EVENT]);

/** The places an event's or notice's versions are at now. */
const placesOf = async (strapi: Core.Strapi, uid: string, documentId: string | undefined) => {
  if (!documentId) return [];
  const rows: { place?: { documentId?: string } | null }[] = await strapi.db
    .query(uid)
    .findMany({ where: { documentId }, select: ['id'], populate: { place: { select: ['documentId'] } } });
  return rows.flatMap((row) => (row.place?.documentId ? [row.place.documentId] : []));
};

/**
 * Keeps each place's completeness current: after every write of the place, and of a notice or
 * event for the place it was at and the place it is at now. A failure is logged and leaves the
 * write alone; the daily job computes every score again.
 */
export const registerScoreUpdates = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!WRITES.has(action) || (uid !== PLACE && !OWNED.has(uid))) return next();
    const { documentId } = paramsOf(context);
    const before = OWNED.has(uid) ? await placesOf(strapi, uid, documentId) : [];
    const result = await next();
    const written = documentId ?? documentIdOf(result);
    try {
      const places = uid === PLACE ? [written] : [...before, ...(await placesOf(strapi, uid, written))];
      await recomputeScores(strapi, places.filter((id) => id !== undefined));
      // The content manager shows the saved place as this returns it: with its new score.
      if (uid === PLACE && written && isRecord(result) && 'completeness' in result) {
        const score = await storedScore(strapi, written);
        if (score) Object.assign(result, { completeness: score.completeness, completenessMissing: score.missing });
      }
    } catch (failure) {
      strapi.log.warn(`[profile-health] completeness not updated after ${action} of ${uid} ${written ?? ''}: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
    return result;
  });
};
