import type { Handle, RequestEvent } from '@sveltejs/kit';
import { config } from '../config';
import { log } from '../logging/log';
import { respondWith } from './respond';
import { getPage, isFresh, setPage, toCachedPage, type CachedPage } from './store';

type MaybePromise<T> = T | Promise<T>;

/**
 * Public reads only: the admin's previews and the site's API are never shared between visitors.
 * Client-side navigation's data requests (`/orte/__data.json`) reach the hooks with the page's own
 * URL, so under the page's key they would be answered with its HTML.
 */
const isCacheableRequest = ({ request, url, isDataRequest }: RequestEvent) =>
  config().cacheEnabled &&
  !isDataRequest &&
  (request.method === 'GET' || request.method === 'HEAD') &&
  !url.searchParams.has('preview') &&
  !url.pathname.startsWith('/api/');

const isCacheableResponse = (response: Response) =>
  response.status === 200 &&
  response.body !== null &&
  !response.headers.has('set-cookie') &&
  !/private|no-store/.test(response.headers.get('cache-control') ?? '');

/** Renders shared by every request for the same page that arrives while one is under way. */
const rendering = new Map<string, Promise<CachedPage | null>>();

/**
 * Background renders of stale pages under way. They are capped: when the CMS comes back after an
 * outage, every page has gone stale, and renewing them all at once would bury the cold CMS under
 * them, ahead of the visitors who wait for a page that was never cached.
 */
let revalidating = 0;

const render = (key: string, resolve: () => MaybePromise<Response>, onUncacheable?: (response: Response) => void) => {
  let pending = rendering.get(key);
  if (!pending) {
    pending = Promise.resolve(resolve())
      .then(async (response) => {
        if (!isCacheableResponse(response)) {
          onUncacheable?.(response);
          return null;
        }
        const page = await toCachedPage(response);
        setPage(key, page);
        return page;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
};

/**
 * The rendered-page cache: a hit is answered from memory, compressed and with an ETag, without
 * rendering. A page past PAGE_CACHE_TTL_MS is still answered at once while one request renders it
 * anew (stale-while-revalidate; at most PAGE_REVALIDATIONS pages at a time); if that render fails, e.g. because the CMS is down, the old page
 * stays (stale-if-error). The CMS's publish webhook empties the cache.
 */
export const pageCache: Handle = async ({ event, resolve }) => {
  if (!isCacheableRequest(event)) return resolve(event);
  // The origin too: without ORIGIN set, it comes from the Host header, and absolute links in a
  // page rendered for another host must never reach this one's visitors.
  const key = event.url.href;
  const cached = getPage(key);
  if (cached && isFresh(cached)) return respondWith(cached, event.request, 'HIT');
  if (cached) {
    if (!rendering.has(key) && revalidating < config().pageRevalidations) {
      revalidating += 1;
      render(key, () => resolve(event))
        .catch((failure) => {
          log.error('Revalidating a cached page failed', { path: event.url.pathname, error: String(failure) });
        })
        .finally(() => (revalidating -= 1));
    }
    return respondWith(cached, event.request, 'STALE');
  }
  // A HEAD response has no body to keep.
  if (event.request.method === 'HEAD') return resolve(event);
  let own: Response | undefined;
  const page = await render(key, () => resolve(event), (response) => (own = response));
  if (page) return respondWith(page, event.request, 'MISS');
  // Another request's render was not cacheable (a 404, say): this one renders for itself.
  return own ?? resolve(event);
};
