import type { CachedPage } from './store';

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts; q=0 refuses one. */
export const negotiate = (acceptEncoding: string | null): Encoding => {
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
const matches = (ifNoneMatch: string | null, page: CachedPage) =>
  ifNoneMatch === '*' ||
  (ifNoneMatch ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"') === `"${page.etag}"`);

/** A response from the cache: 304 when the client's copy is current, else the best encoding. */
export const respondWith = (page: CachedPage, request: Request, state: 'HIT' | 'MISS' | 'STALE') => {
  const encoding = negotiate(request.headers.get('accept-encoding'));
  const headers = new Headers(page.headers);
  headers.set('etag', etagOf(page, encoding));
  headers.set('vary', 'Accept-Encoding');
  headers.set('x-cache', state);
  headers.set('age', String(Math.floor((Date.now() - page.storedAt) / 1000)));
  if (matches(request.headers.get('if-none-match'), page)) return new Response(null, { status: 304, headers });
  const body = page[encoding];
  if (encoding !== 'identity') headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: page.status, headers });
};
