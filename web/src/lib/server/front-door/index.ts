import type { IncomingMessage, ServerResponse } from 'node:http';
import { config } from '../config';
import { requestIdFrom, withRequestId } from '../logging/request-id';
import { logRequest } from '../logging/request-log';
import { cachedAnswer } from '../page-cache/respond';
import { countAnswer, flushReach } from '../reach';
import { getPage, isFresh } from '../page-cache/store';
import { baselineHeaders } from '../security-headers';

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The URL SvelteKit gives the request, by adapter-node's rules (ORIGIN, else the proxy's headers,
 * else https and the Host), which is the page cache's key. Should the two ever differ, the front
 * door only misses, and the page-cache hook answers instead.
 */
const urlOf = (request: IncomingMessage) => {
  const { origin, protocolHeader, hostHeader, portHeader } = config();
  let base = origin;
  if (!base) {
    const protocol = (protocolHeader && header(request, protocolHeader)) || 'https';
    const host = (hostHeader && header(request, hostHeader)) || header(request, 'host');
    const port = portHeader && header(request, portHeader);
    if (!host || protocol.includes(':')) return undefined;
    base = port ? `${protocol}://${host}:${port}` : `${protocol}://${host}`;
  }
  try {
    return new URL(`${base}${request.url ?? '/'}`).href;
  } catch {
    return undefined;
  }
};

/** A fresh page from the cache, written straight to the socket; false when SvelteKit must answer. */
const answerFromCache = (request: IncomingMessage, response: ServerResponse) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const key = urlOf(request);
  const page = key === undefined ? undefined : getPage(key);
  if (!page || !isFresh(page)) return false;
  const asked = { method: request.method, acceptEncoding: header(request, 'accept-encoding'), ifNoneMatch: header(request, 'if-none-match') };
  const { status, headers, body } = cachedAnswer(page, asked, 'HIT');
  for (const [name, value] of headers) response.setHeader(name, value);
  response.statusCode = status;
  response.end(body ?? undefined);
  return true;
};

/**
 * Every request to the site passes here first, the build's own files too: this is the one place
 * that sees every answer (the request log, the reach statistics). It gives the request its
 * id and the security headers, answers fresh pages from the cache as fast as a static file, and
 * hands everything else to adapter-node (`next`): the build's files, then SvelteKit.
 */
export const frontDoor = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
  const started = performance.now();
  const requestId = requestIdFrom(header(request, 'x-request-id') ?? null);
  const path = (request.url ?? '/').split('?', 1)[0];
  const protocol = config().protocolHeader;
  for (const [name, value] of baselineHeaders(protocol && header(request, protocol))) response.setHeader(name, value);
  response.setHeader('x-request-id', requestId);
  // The build's own files: never cached here, and never logged, as a page view loads a dozen.
  const buildFile = path.startsWith('/_app/');
  if (!buildFile) {
    response.once('close', () => {
      const cache = response.getHeader('x-cache');
      const durationMs = Math.round(performance.now() - started);
      logRequest({ requestId, method: request.method ?? 'GET', path, status: response.statusCode, durationMs, cache: typeof cache === 'string' ? cache : undefined });
    });
  }
  // A body the answer did not need (a 401 before it is read, a 413 for one too large) would stay
  // on the socket, paused by SvelteKit's reader, and the next request on the connection would wait
  // behind it: it is read and dropped once the answer is out, as Node does for unread bodies.
  response.once('finish', () => {
    // Cache hits and misses alike, once the whole answer is out.
    if (!buildFile) countAnswer(request, response);
    if (request.complete) return;
    request.removeAllListeners('data');
    request.resume();
  });
  withRequestId(requestId, () => {
    if (buildFile || !answerFromCache(request, response)) next();
  });
};

/** web/server.js imports the build, not its modules: this is how it finds the front door there. */
export const FRONT_DOOR = Symbol.for('kreativorte.front-door');
/** And what it awaits once the server has answered its last request, before the process exits. */
export const LAST_WORDS = Symbol.for('kreativorte.last-words');

export const publishFrontDoor = () => {
  Reflect.set(globalThis, FRONT_DOOR, frontDoor);
  Reflect.set(globalThis, LAST_WORDS, flushReach);
};
