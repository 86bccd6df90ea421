import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evict } from '../cache/evict';
import { clearPages, setPage, toCachedPage } from '../page-cache/store';
import { listenLocally } from '../testing/listen';
import { frontDoor } from '.';

const html = `<!doctype html><html><body><h1>Alte Molkerei</h1>${'<p>Altmark</p>'.repeat(200)}</body></html>`;
const policy = "default-src 'self'; frame-ancestors 'self'";

/** adapter-node behind the front door, as web/server.js puts them: here it only counts what reaches it. */
let passedOn: string[] = [];
const server = createServer((request, response) =>
  frontDoor(request, response, () => {
    passedOn.push(request.url ?? '');
    response.statusCode = 404;
    response.end('nicht im Cache');
  }),
);
let port = 0;

/** Raw HTTP, so that the answer's encoding and headers are seen as sent. */
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    const sent = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', fail);
    sent.end();
  });

beforeAll(async () => {
  port = Number(new URL(await listenLocally(server)).port);
});
afterAll(() => new Promise((done) => server.close(done)));

beforeEach(async () => {
  passedOn = [];
  clearPages();
  const rendered = new Response(html, { headers: { 'content-type': 'text/html', 'cache-control': 'public, max-age=0', 'content-security-policy': policy } });
  // adapter-node's URL without ORIGIN: https and the Host header.
  setPage(`https://127.0.0.1:${port}/orte/alte-molkerei`, await toCachedPage(rendered, new Set(['ort-a'])));
});

describe('the front door', () => {
  it('answers a fresh cached page itself, with the headers SvelteKit would send', async () => {
    const answer = await get('/orte/alte-molkerei', { 'accept-encoding': 'br, gzip', 'x-request-id': 'e2e-request-0001' });
    expect(passedOn).toEqual([]);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': 'text/html',
      'cache-control': 'public, max-age=0',
      'content-security-policy': policy,
      'x-cache': 'HIT',
      'x-request-id': 'e2e-request-0001',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    });
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  });

  it('answers 304 to a current ETag, plain HTML to a client without compression, and HEAD without a body', async () => {
    const first = await get('/orte/alte-molkerei', { 'accept-encoding': 'gzip' });
    expect((await get('/orte/alte-molkerei', { 'if-none-match': String(first.headers.etag) })).status).toBe(304);
    const plain = await get('/orte/alte-molkerei', { 'accept-encoding': 'identity' });
    expect(plain.body.toString()).toBe(html);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const head = await get('/orte/alte-molkerei', {}, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, String(html.length)]);
    expect(passedOn).toEqual([]);
  });

  it('gives every request an id and the security headers, and passes on what it does not hold fresh', async () => {
    const missing = await get('/orte/gibt-es-nicht?q=x');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect((await get('/orte/alte-molkerei', {}, 'POST')).status).toBe(404);
    evict({ expire: [], stale: ['ort-a'], purge: [] });
    expect((await get('/orte/alte-molkerei')).status).toBe(404);
    expect(passedOn).toEqual(['/orte/gibt-es-nicht?q=x', '/orte/alte-molkerei', '/orte/alte-molkerei']);
  });

  it('never answers a page cached for another host', async () => {
    expect((await get('/orte/alte-molkerei', { host: 'andere.example' })).status).toBe(404);
  });
});

describe('a body the answer did not need', () => {
  // As SvelteKit reads a body (adapter-node's get_raw_body): a listener that pauses the request
  // once its stream is full; here the answer comes before anyone reads it, as a 401 does.
  const refusing = createServer((request, response) =>
    frontDoor(request, response, () => {
      request.on('data', () => request.pause());
      response.statusCode = 401;
      response.end('kein Zugang');
    }),
  );
  let refusingUrl = '';
  beforeAll(async () => {
    refusingUrl = await listenLocally(refusing);
  });
  afterAll(() => new Promise((done) => refusing.close(done)));

  it('is drained, so that the next request on the kept-alive connection is answered at once', async () => {
    const body = 'x'.repeat(1_000_000);
    for (let i = 0; i < 3; i++) {
      const answer = await fetch(`${refusingUrl}/api/revalidate`, { method: 'POST', body, signal: AbortSignal.timeout(3_000) });
      expect(answer.status).toBe(401);
      expect(await answer.text()).toBe('kein Zugang');
    }
  });
});
