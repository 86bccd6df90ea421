import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { config } from '../config';
import { evictFrom, type Eviction, type Freshness } from '../cache/eviction';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * A rendered response, kept compressed only: nearly every client accepts brotli or gzip, and the
 * rare one that accepts neither gets the gzip form unpacked (docs/operations.md, "Caches").
 */
export type CachedPage = {
  status: number;
  headers: [string, string][];
  etag: string;
  gzip: Buffer;
  br: Buffer;
  storedAt: number;
  /** What the page shows (cache/tags.ts), and what changes in the CMS have made of it since. */
  tags: ReadonlySet<string>;
  freshness: Freshness;
  /** When what the page shows changes with time (cache/tags.ts, recordValidUntil); Infinity for most. */
  validUntil: number;
};

let pages: LRUCache<string, CachedPage> | undefined;
const cache = () =>
  (pages ??= new LRUCache({
    maxSize: config().pageCacheMaxBytes,
    sizeCalculation: (page) => page.gzip.length + page.br.length + 1024 + page.tags.size * 32,
    // Pages past their freshness are kept for a day, to be served while the CMS is down.
    ttl: 24 * 60 * 60 * 1000,
  }));

export const getPage = (key: string) => cache().get(key);
export const setPage = (key: string, page: CachedPage) => cache().set(key, page);
export const dropPage = (key: string) => cache().delete(key);
export const clearPages = () => cache().clear();

export const isFresh = (page: CachedPage) =>
  page.freshness === 'fresh' && Date.now() - page.storedAt < config().pageCacheTtlMs && Date.now() < page.validUntil;

/** A page to render anew before answering: its own entry changed, or its time has passed. */
export const isExpired = (page: CachedPage) => page.freshness === 'expired' || Date.now() >= page.validUntil;

/** Applies a change in the CMS to every cached page; see cache/evict.ts. */
export const evictPages = (eviction: Eviction) => evictFrom(cache(), (page) => page, eviction);

const ANSWER_HEADERS = new Set(['content-length', 'content-encoding', 'etag', 'vary', 'x-cache', 'age']);

/** Reads a finished response into a fresh cache entry, compressed once here instead of per request. */
export const toCachedPage = async (response: Response, tags: ReadonlySet<string>, validUntil = Infinity): Promise<CachedPage> => {
  const identity = Buffer.from(await response.arrayBuffer());
  // Brotli 5 and gzip 6 rather than 9: a publish renews hundreds of pages, and on a 200 KB listing
  // 9 took 15 times as long for 15 to 20 % fewer bytes (docs/operations.md, "Caches and memory").
  const [gz, br] = await Promise.all([
    gzipped(identity, { level: 6 }),
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  ]);
  // Set per answer from the cached copy (respond.ts).
  const headers = [...response.headers].filter(([name]) => !ANSWER_HEADERS.has(name));
  return {
    status: response.status,
    headers,
    etag: createHash('sha1').update(identity).digest('base64url'),
    gzip: gz,
    br,
    storedAt: Date.now(),
    tags,
    freshness: 'fresh',
    validUntil,
  };
};
