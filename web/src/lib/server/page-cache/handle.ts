import type { Handle, RequestEvent } from '@sveltejs/kit';
import { config } from '../config';
import { log } from '../logging/log';
import { freshnessSince, sharedUntilEviction, type Shared } from '../cache/eviction';
import { collectingTags } from '../cache/tags';
import { respondWith } from './respond';
import { dropPage, getPage, isExpired, isFresh, setPage, toCachedPage, type CachedPage } from './store';

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

/** A render's outcome: the page it stored, or only the status of an answer that is not kept. */
type Rendered = { page: CachedPage } | { status: number };

/** Renders shared by every request for the same page that arrives while one is under way (until a change). */
const rendering = new Map<string, Shared<Rendered>>();

/**
 * Background renders of stale pages under way. They are capped: when the CMS comes back after an
 * outage, every page has gone stale, and renewing them all at once would bury the cold CMS under
 * them, ahead of the visitors who wait for a page that was never cached.
 */
let revalidating = 0;

/**
 * Renders a page and keeps it with the tags of what it read. A stale or expired copy is replaced
 * only by its successor; it is dropped when the page is gone (a 404, a redirect), and kept when
 * the render failed (the CMS is down), to be served meanwhile.
 */
const render = (key: string, resolve: () => MaybePromise<Response>, onUncacheable?: (response: Response) => void) =>
  sharedUntilEviction(rendering, key, async (mark, current): Promise<Rendered> => {
    const { result: response, tags, validUntil } = await collectingTags(resolve);
    if (!isCacheableResponse(response)) {
      if (response.status < 500 && current()) dropPage(key);
      onUncacheable?.(response);
      return { status: response.status };
    }
    const page = await toCachedPage(response, tags, validUntil);
    if (!current()) return { page };
    // A change in the CMS while this render read from it, or while the page was compressed,
    // leaves the page as it left the others.
    const freshness = freshnessSince(mark, tags);
    page.freshness = freshness ?? 'expired';
    if (freshness) setPage(key, page);
    else dropPage(key);
    return { page };
  });

/**
 * The rendered-page cache behind the front door (src/lib/server/front-door), which answers fresh
 * copies before SvelteKit is involved; what reaches this hook is a miss, a stale or an expired
 * copy, or a request while the front door is not in place (`vite dev`).
 * - A stale copy (older than PAGE_CACHE_TTL_MS, or marked by a publish) is answered at once while
 *   one request renders it anew, at most PAGE_REVALIDATIONS at a time (stale-while-revalidate).
 * - An expired copy (its own entry changed, or what it shows changed with time: a date that has
 *   passed) is rendered anew before answering; only if that fails, e.g. because the CMS is down,
 *   is the old copy answered (stale-if-error).
 * - A withdrawn entry's pages are purged (cache/evict.ts) and never answered again.
 */
export const pageCache: Handle = async ({ event, resolve }) => {
  if (!isCacheableRequest(event)) return resolve(event);
  // The origin too: without ORIGIN set, it comes from the Host header, and absolute links in a
  // page rendered for another host must never reach this one's visitors.
  const key = event.url.href;
  const cached = getPage(key);
  if (cached && isFresh(cached)) return respondWith(cached, event.request, 'HIT');
  // A HEAD response has no body to keep: it renders nothing for the cache.
  const get = event.request.method === 'GET';
  if (cached && !isExpired(cached)) {
    if (get && !rendering.has(key) && revalidating < config().pageRevalidations) {
      revalidating += 1;
      render(key, () => resolve(event))
        .catch((failure) => {
          log.error('Revalidating a cached page failed', { path: event.url.pathname, error: String(failure) });
        })
        .finally(() => (revalidating -= 1));
    }
    return respondWith(cached, event.request, 'STALE');
  }
  if (!get) return resolve(event);
  let own: Response | undefined;
  const rendered = await render(key, () => resolve(event), (response) => (own = response));
  if ('page' in rendered) return respondWith(rendered.page, event.request, 'MISS');
  if (cached && rendered.status >= 500) return respondWith(cached, event.request, 'STALE');
  // Another request's render was not cacheable (a 404, say): this one renders for itself.
  return own ?? resolve(event);
};
