import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clearPages, setPage, toCachedPage } from '../page-cache/store';
import { listenLocally } from '../testing/listen';
import type { ReachRow } from './counter';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** The CMS's batch route, keeping what it took. */
const received: ReachRow[] = [];
const cms = createServer(async (request: IncomingMessage, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  received.push(...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: ReachRow[] }).data);
  response.statusCode = 204;
  response.end();
});

// The front door reads its settings at the first answer: REACH_TOKEN turns counting on.
let site: ReturnType<typeof createServer>;
let port = 0;
beforeAll(async () => {
  process.env.CMS_URL = await listenLocally(cms);
  process.env.REACH_TOKEN = 'reach-test-token';
  process.env.REACH_FLUSH_MS = '60000';
  const { frontDoor } = await import('../front-door');
  // Behind the front door, SvelteKit's stand-in renders every page as a miss.
  site = createServer((request, response) =>
    frontDoor(request, response, () => {
      response.setHeader('content-type', request.url?.startsWith('/fehlt') ? 'text/plain' : 'text/html');
      response.statusCode = request.url?.startsWith('/fehlt') ? 404 : 200;
      response.end('<!doctype html><title>Seite</title>');
    }),
  );
  port = Number(new URL(await listenLocally(site)).port);
  clearPages();
  const cached = new Response('<!doctype html><title>Alte Molkerei</title>', { headers: { 'content-type': 'text/html', 'cache-control': 'public, max-age=0' } });
  setPage(`https://127.0.0.1:${port}/orte/alte-molkerei`, await toCachedPage(cached, new Set(['ort-a'])));
});
afterAll(async () => {
  await new Promise((done) => site.close(done));
  await new Promise((done) => cms.close(done));
});

const get = (path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; cache: string | undefined }>((done, fail) => {
    const sent = httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
      response.resume();
      response.on('end', () => done({ status: response.statusCode ?? 0, cache: [response.headers['x-cache']].flat()[0] }));
    });
    sent.on('error', fail);
    sent.end();
  });

it('counts cache hits and misses once answered, and sends the rest when the server stops', async () => {
  const reader = { 'user-agent': FIREFOX };
  // With a query the page is rendered (a miss), and counted under its path all the same.
  expect((await get('/orte/alte-molkerei?q=Anna', reader)).cache).toBeUndefined();
  expect((await get('/orte/alte-molkerei', reader)).cache).toBe('HIT');
  expect((await get('/orte', reader)).cache).toBeUndefined();
  expect((await get('/fehlt', reader)).status).toBe(404);
  await get('/orte', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
  await get('/_app/immutable/start.js', reader);

  const { flushReach } = await import('.');
  await flushReach();
  expect(received.map(({ kind, key, views }) => [kind, key, views])).toEqual([
    ['page', '/orte/alte-molkerei', 2],
    ['page', '/orte', 1],
  ]);
  expect(received[0].day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
