import { gunzipSync } from 'node:zlib';
import type { CachedPage } from './store';

type Encoding = 'br' | 'gzip' | 'identity';

/** How the cache answered, in the `x-cache` header and the request log. */
export type CacheState = 'HIT' | 'MISS' | 'STALE';

/** The best encoding the client accepts; q=0 refuses one. */
export const negotiate = (acceptEncoding: string | null | undefined): Encoding => {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name, q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
};

/** Each encoding is its own representation, so each has its own validator. */
const etagOf = (page: CachedPage, encoding: Encoding) => `"${page.etag}${encoding === 'identity' ? '' : `-${encoding}`}"`;

/** Any encoding of the same content is current: a client may have switched encodings. */
const matches = (ifNoneMatch: string | null | undefined, page: CachedPage) =>
  ifNoneMatch === '*' ||
  (ifNoneMatch ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"') === `"${page.etag}"`);

type Asked = { method: string; acceptEncoding: string | null | undefined; ifNoneMatch: string | null | undefined };

/**
 * The answer from the cache, as the front door writes it to the socket and the page-cache hook
 * returns it to SvelteKit: 304 when the client's copy is current, else the best encoding.
 */
export const cachedAnswer = (page: CachedPage, { method, acceptEncoding, ifNoneMatch }: Asked, state: CacheState) => {
  const encoding = negotiate(acceptEncoding);
  const headers: [string, string][] = [
    ...page.headers,
    ['etag', etagOf(page, encoding)],
    ['vary', 'Accept-Encoding'],
    ['x-cache', state],
    ['age', String(Math.floor((Date.now() - page.storedAt) / 1000))],
  ];
  if (matches(ifNoneMatch, page)) return { status: 304, headers, body: null };
  const body = encoding === 'identity' ? gunzipSync(page.gzip) : page[encoding];
  if (encoding !== 'identity') headers.push(['content-encoding', encoding]);
  headers.push(['content-length', String(body.length)]);
  return { status: page.status, headers, body: method === 'HEAD' ? null : body };
};

/** The same answer as a Response, for SvelteKit. */
export const respondWith = (page: CachedPage, request: Request, state: CacheState) => {
  const { status, headers, body } = cachedAnswer(
    page,
    { method: request.method, acceptEncoding: request.headers.get('accept-encoding'), ifNoneMatch: request.headers.get('if-none-match') },
    state,
  );
  return new Response(body && new Uint8Array(body), { status, headers });
};
