import type { LRUCache } from 'lru-cache';

/**
 * What a change in the CMS does to cached pages and answers, by the cache tags they were stored
 * with (docs/architecture.md, "Caches"): `purge` drops them at once and for good (withdrawn
 * content), `expire` has the next request render anew and keeps the old copy only for when that
 * fails, `stale` serves the old copy at once while it is renewed in the background.
 */
export type Eviction = { expire: string[]; stale: string[]; purge: string[] };

export type Freshness = 'fresh' | 'stale' | 'expired';

/** The tag of everything: a change to navigation or global settings may show on every page. */
export const EVERYTHING = '*';

const RANK: Record<Freshness, number> = { fresh: 0, stale: 1, expired: 2 };

const touches = (tags: ReadonlySet<string>, listed: readonly string[]) => listed.some((tag) => tag === EVERYTHING || tags.has(tag));

/** An entry's freshness after the eviction, or null when it must go. Never makes an entry fresher. */
export const afterEviction = (tags: ReadonlySet<string>, current: Freshness, eviction: Eviction): Freshness | null => {
  if (touches(tags, eviction.purge)) return null;
  const next = touches(tags, eviction.expire) ? 'expired' : touches(tags, eviction.stale) ? 'stale' : 'fresh';
  return RANK[next] > RANK[current] ? next : current;
};

/** An entry of either cache: what it shows, and what changes have made of it. */
type Tagged = { tags: ReadonlySet<string>; freshness: Freshness };

/** Applies an eviction to every entry of a cache, `entryOf` finding the tagged entry in its value. */
export const evictFrom = <V extends {}>(cache: LRUCache<string, V>, entryOf: (value: V) => Tagged, eviction: Eviction) => {
  const gone: string[] = [];
  cache.forEach((value, key) => {
    const entry = entryOf(value);
    const freshness = afterEviction(entry.tags, entry.freshness, eviction);
    if (freshness === null) gone.push(key);
    else entry.freshness = freshness;
  });
  for (const key of gone) cache.delete(key);
};

/**
 * Evictions in order, so that a page or answer computed while one arrived is stored as that
 * eviction left it: a render that read a place just before it was withdrawn must not bring it back.
 */
const HISTORY = 256;
let sequence = 0;
const history: { sequence: number; eviction: Eviction }[] = [];

export const recordEviction = (eviction: Eviction) => {
  sequence += 1;
  history.push({ sequence, eviction });
  if (history.length > HISTORY) history.shift();
};

/** Taken before reading from the CMS; `freshnessSince` compares with it when storing. */
export const evictionMark = () => sequence;

/** The freshness of what was read from the CMS since `mark`, or null when it must not be stored. */
export const freshnessSince = (mark: number, tags: ReadonlySet<string>): Freshness | null => {
  if (mark === sequence) return 'fresh';
  // Too many evictions to replay: unknowable, so not kept.
  if (history[0].sequence > mark + 1) return null;
  let freshness: Freshness | null = 'fresh';
  for (const entry of history) {
    if (entry.sequence <= mark) continue;
    freshness = afterEviction(tags, freshness, entry.eviction);
    if (freshness === null) return null;
  }
  return freshness;
};

/** Work under way for one key (a CMS answer, a page's render), and the eviction mark it began at. */
export type Shared<T> = { mark: number; result: Promise<T> };

/**
 * Work for one key shared by every caller while it is under way, but never across a change in the
 * CMS: work begun before it may have read what the change replaced, so a caller after it starts
 * its own. `work` gets its mark, and `current`, false once such later work superseded it: what it
 * would store is then left to that.
 */
export const sharedUntilEviction = <T>(running: Map<string, Shared<T>>, key: string, work: (mark: number, current: () => boolean) => Promise<T>) => {
  const mark = sequence;
  const shared = running.get(key);
  if (shared?.mark === mark) return shared.result;
  let own: Shared<T> | undefined;
  const current = () => own !== undefined && running.get(key) === own;
  own = { mark, result: work(mark, current).finally(() => current() && running.delete(key)) };
  running.set(key, own);
  return own.result;
};
