import type { Handle } from '@sveltejs/kit';
import { log } from './log';
import { requestIdFrom, withRequestId } from './request-id';

/**
 * The outermost hook: each request gets an id (a reverse proxy's well-formed X-Request-Id, else a
 * new one), runs with it, so its log lines and CMS calls carry it, and answers with it. Then one
 * `http` line: method, path without the query string (search terms may name people), status,
 * milliseconds until the response's headers, and how the page cache answered (HIT, STALE, MISS)
 * where it did. Never the visitor's address, headers or form values.
 */
export const requestLog: Handle = ({ event, resolve }) => {
  const requestId = requestIdFrom(event.request.headers.get('x-request-id'));
  const started = performance.now();
  return withRequestId(requestId, async () => {
    const response = await resolve(event);
    response.headers.set('x-request-id', requestId);
    const durationMs = Math.round(performance.now() - started);
    const { method } = event.request;
    // The request's own path: for a page's client-side data (…/__data.json) event.url is the page's.
    const path = new URL(event.request.url).pathname;
    const { status } = response;
    const cache = response.headers.get('x-cache') ?? undefined;
    log.http(`${method} ${path} (${durationMs} ms) ${status}`, { method, path, status, durationMs, cache });
    return response;
  });
};
