import { berlinMidnight, DAY_MS } from '../time';

/** The seed's publication day, the real article's `publishedOn`, which the real places' notices carry too. */
const SEED_PUBLICATION_DAY = '2026-11-29';

/**
 * When a seeded entry was first published: on its own day where it has one (an article's
 * `publishedOn`), a real entry on the seed's day, and samples spread over the clone's current
 * month and the two before (every third one now), so that `/neu` shows this month and earlier
 * ones on any day the seed runs.
 */
export const seededFirstPublication = (index: number, { isSample, day }: { isSample?: boolean; day?: string }, now = new Date()) => {
  if (day) return berlinMidnight(day).toISOString();
  if (!isSample) return berlinMidnight(SEED_PUBLICATION_DAY).toISOString();
  return new Date(now.getTime() - (index % 3) * 30 * DAY_MS).toISOString();
};
