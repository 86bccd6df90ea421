import { evictAnswers } from '../cms/client';
import { evictPages } from '../page-cache/store';
import { isRecord } from '../is-record';
import { EVERYTHING, recordEviction, type Eviction } from './eviction';

/**
 * The one entry point of eviction, for both caches of this process: the CMS's webhook calls it
 * (routes/api/revalidate), and so will later the privacy cases (withdrawn consent, lapsed
 * entries). Running several site processes means calling it in each.
 */
export const evict = (eviction: Eviction) => {
  recordEviction(eviction);
  evictPages(eviction);
  evictAnswers(eviction);
};

/** For a caller that cannot say what changed: everything is renewed, nothing is withdrawn. */
const STALE_EVERYTHING: Eviction = { expire: [], stale: [EVERYTHING], purge: [] };

const KINDS = ['expire', 'stale', 'purge'] as const;

const isTagList = (value: unknown): value is string[] => Array.isArray(value) && value.every((tag) => typeof tag === 'string');

/**
 * The eviction a webhook's body names (`eviction`, as cms/src/site/eviction.ts sends it), or the
 * name of its malformed field. A body without one, such as Strapi's own, renews everything.
 */
export const evictionOf = (body: Record<string, unknown>): Eviction | { malformed: string } => {
  if (body.eviction === undefined) return STALE_EVERYTHING;
  const { eviction } = body;
  if (!isRecord(eviction)) return { malformed: 'eviction' };
  const malformed = KINDS.find((kind) => !isTagList(eviction[kind] ?? []));
  if (malformed) return { malformed: `eviction.${malformed}` };
  const tags = (kind: (typeof KINDS)[number]) => (isTagList(eviction[kind]) ? eviction[kind] : []);
  return { expire: tags('expire'), stale: tags('stale'), purge: tags('purge') };
};
