import type { Core } from '@strapi/strapi';
import { SECTIONS, sectionText } from '../change-requests/profile';
import { EVENT, NOTICE, PLACE } from '../content-types';
import { isRecord } from '../is-record';
import { berlinDay, berlinMidnight } from '../time';
import { scoreOf, type ProfileSnapshot, type Score } from './score';

/** Places read and written per round: a few queries for each batch, not for each place. */
const BATCH = 200;

type PlaceRow = Record<string, unknown> & { documentId: string; locale: string; publishedAt: string | null };

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

const coverComplete = (cover: unknown) =>
  isRecord(cover) && isRecord(cover.media) && hasText(cover.alt) && hasText(cover.credit);

const factsGiven = (facts: unknown) =>
  isRecord(facts) && Object.entries(facts).some(([name, value]) => name !== 'id' && (typeof value === 'number' || hasText(value)));

const coordinatesGiven = (geo: unknown) => isRecord(geo) && typeof geo.latitude === 'number' && typeof geo.longitude === 'number';

/** The document ids of `ids` that have a published entry of `uid` at them matching `where`. */
const placesWith = async (strapi: Core.Strapi, uid: typeof NOTICE | typeof EVENT, ids: string[], where: Record<string, unknown>) => {
  const rows: { place?: { documentId?: string } | null }[] = await strapi.db.query(uid).findMany({
    where: { ...where, publishedAt: { $notNull: true }, place: { documentId: { $in: ids } } },
    select: ['id'],
    populate: { place: { select: ['documentId'] } },
  });
  return new Set(rows.flatMap((row) => (row.place?.documentId ? [row.place.documentId] : [])));
};

/** What each place's profile has now, for up to a batch of places; a place without rows is left out. */
export const snapshots = async (strapi: Core.Strapi, ids: string[], now: Date) => {
  const rows: PlaceRow[] = await strapi.db.query(PLACE).findMany({
    where: { documentId: { $in: ids } },
    populate: { cover: { populate: ['media'] }, gallery: { populate: ['media'] }, facts: true, geo: true },
  });
  const today = berlinDay(now);
  const [noticed, eventful] = await Promise.all([
    placesWith(strapi, NOTICE, ids, { $or: [{ expiresOn: null }, { expiresOn: { $gte: today } }] }),
    placesWith(strapi, EVENT, ids, {
      $or: [{ endsAt: { $gte: berlinMidnight(today) } }, { endsAt: null, startsAt: { $gte: berlinMidnight(today) } }],
    }),
  ]);
  const result = new Map<string, ProfileSnapshot>();
  for (const documentId of ids) {
    const versions = rows.filter((row) => row.documentId === documentId);
    const german = versions.find((row) => row.locale === 'de' && row.publishedAt) ?? versions.find((row) => row.locale === 'de');
    if (!german) continue;
    result.set(documentId, {
      cover: coverComplete(german.cover),
      sections: SECTIONS.filter((section) => sectionText(german[section]) !== ''),
      facts: factsGiven(german.facts),
      coordinates: coordinatesGiven(german.geo),
      galleryImages: (Array.isArray(german.gallery) ? german.gallery : []).filter((image) => isRecord(image) && isRecord(image.media)).length,
      english: versions.some((row) => row.locale === 'en' && row.publishedAt),
      currentNotice: noticed.has(documentId),
      upcomingEvent: eventful.has(documentId),
    });
  }
  return result;
};

/**
 * Stores the scores straight into the place's rows, every locale and version, without the
 * document service: a score is no editorial change, so it creates no draft, calls no webhook,
 * purges no cache and leaves `updatedAt` as it was. Places with the same score share one UPDATE.
 */
const storeScores = async (strapi: Core.Strapi, scores: Map<string, Score>) => {
  const groups = new Map<string, { score: Score; ids: string[] }>();
  for (const [documentId, score] of scores) {
    const key = JSON.stringify(score);
    const group = groups.get(key) ?? { score, ids: [] };
    group.ids.push(documentId);
    groups.set(key, group);
  }
  for (const { score, ids } of groups.values()) {
    await strapi.db
      .queryBuilder(PLACE)
      // The query builder writes columns as given, so the JSON column gets its text here.
      .update({ completeness: score.completeness, completenessMissing: JSON.stringify(score.missing) })
      .where({ documentId: { $in: ids } })
      .execute();
  }
};

/** Computes and stores the score of each of these places (gone ones are skipped). */
export const recomputeScores = async (strapi: Core.Strapi, documentIds: Iterable<string>, now = new Date()) => {
  const ids = [...new Set(documentIds)];
  for (let start = 0; start < ids.length; start += BATCH) {
    const found = await snapshots(strapi, ids.slice(start, start + BATCH), now);
    await storeScores(strapi, new Map([...found].map(([documentId, profile]) => [documentId, scoreOf(profile)])));
  }
};

const placeIds = async (strapi: Core.Strapi, where: Record<string, unknown>) => {
  const rows: { documentId: string }[] = await strapi.db.query(PLACE).findMany({ where: { ...where, locale: 'de' }, select: ['documentId'] });
  return new Set(rows.map((row) => row.documentId));
};

/** Every place's score, as the daily job renews them: time lapses notices and ends events without any write. */
export const recomputeAllScores = async (strapi: Core.Strapi, now = new Date()) => recomputeScores(strapi, await placeIds(strapi, {}), now);

/** At boot: the places that have no score yet (created before scores existed, or by a restore). */
export const backfillScores = async (strapi: Core.Strapi) => {
  const missing = await placeIds(strapi, { completeness: null });
  if (missing.size === 0) return;
  await recomputeScores(strapi, missing);
  strapi.log.info(`[profile-health] computed the completeness of ${missing.size} places`);
};

/** The stored score of a place, for its own people's edit page only (never a public API); null before the first. */
export const storedScore = async (strapi: Core.Strapi, documentId: string): Promise<Score | null> => {
  const row: { completeness: number | null; completenessMissing: unknown } | null = await strapi.db
    .query(PLACE)
    .findOne({ where: { documentId, locale: 'de' }, select: ['completeness', 'completenessMissing'] });
  if (!row || row.completeness === null) return null;
  const missing = Array.isArray(row.completenessMissing) ? row.completenessMissing.filter((key) => typeof key === 'string') : [];
  return { completeness: row.completeness, missing };
};
