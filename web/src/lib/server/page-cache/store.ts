import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { config } from '../config';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A rendered response, kept with its compressed forms so that a hit costs no work at all. */
export type CachedPage = {
  status: number;
  headers: [string, string][];
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  storedAt: number;
};

let pages: LRUCache<string, CachedPage> | undefined;
const cache = () =>
  (pages ??= new LRUCache({
    maxSize: config().pageCacheMaxBytes,
    sizeCalculation: (page) => page.identity.length + page.gzip.length + page.br.length + 512,
    // Pages past their freshness are kept for a day, to be served while the CMS is down.
    ttl: 24 * 60 * 60 * 1000,
  }));

export const getPage = (key: string) => cache().get(key);
export const setPage = (key: string, page: CachedPage) => cache().set(key, page);
export const clearPages = () => cache().clear();

export const isFresh = (page: CachedPage) => Date.now() - page.storedAt < config().pageCacheTtlMs;

/** Reads a finished response into a cache entry, compressed once here instead of per request. */
export const toCachedPage = async (response: Response): Promise<CachedPage> => {
  const identity = Buffer.from(await response.arrayBuffer());
  const [gz, br] = await Promise.all([
    gzipped(identity, { level: 9 }),
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  ]);
  const headers = [...response.headers].filter(([name]) => !['content-length', 'content-encoding', 'etag'].includes(name));
  return {
    status: response.status,
    headers,
    etag: createHash('sha1').update(identity).digest('base64url'),
    identity,
    gzip: gz,
    br,
    storedAt: Date.now(),
  };
};
