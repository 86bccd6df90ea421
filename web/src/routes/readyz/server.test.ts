import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { pageCache } from '$lib/server/page-cache';
import { clearPages } from '$lib/server/page-cache/store';
import { pageEvent } from '$lib/server/testing/events';
import { listenLocally } from '$lib/server/testing/listen';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];

/** A CMS whose answer each test chooses; it records what the probe sent. */
let answer: (res: ServerResponse) => void;
const received: { body: string; authorization?: string }[] = [];
const cms = createServer((req: IncomingMessage, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push({ body, authorization: req.headers.authorization });
    answer(res);
  });
});
const reply = (status: number, body: unknown) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};
const ready = reply(200, { data: { __typename: 'Query' } });

beforeAll(async () => {
  process.env.CMS_URL = await listenLocally(cms);
  process.env.CMS_TOKEN = 'lesetoken-der-website';
  process.env.CMS_TIMEOUT_MS = '200';
});
afterAll(() => {
  delete process.env.CMS_TOKEN;
  delete process.env.CMS_TIMEOUT_MS;
  cms.closeAllConnections();
  return new Promise<void>((resolve) => cms.close(() => resolve()));
});
beforeEach(() => {
  received.length = 0;
  answer = ready;
});

const probe = () => GET(pageEvent<Event>('/readyz'));

it('answers 200 when the CMS answers a GraphQL request, sent with the site token', async () => {
  const response = await probe();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(received).toEqual([{ body: JSON.stringify({ query: '{ __typename }' }), authorization: 'Bearer lesetoken-der-website' }]);
});

it.each([
  ['fails', reply(500, { errors: [{ message: 'Internal Server Error' }] })],
  ['refuses the token', reply(401, { error: { status: 401 } })],
  ['answers with GraphQL errors only', reply(200, { errors: [{ message: 'Too many requests' }] })],
  ['answers no JSON', (res: ServerResponse) => res.writeHead(200).end('<html>')],
  ['answers later than CMS_TIMEOUT_MS', (res: ServerResponse) => setTimeout(() => ready(res), 1_000)],
])('answers 503 with Retry-After when the CMS %s', async (_, cmsAnswer) => {
  answer = cmsAnswer;
  const response = await probe();
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable' });
  expect(response.headers.get('retry-after')).toBe('30');
  expect(response.headers.get('cache-control')).toBe('no-store');
});

it('answers 503 when nothing listens at CMS_URL', async () => {
  const url = process.env.CMS_URL;
  process.env.CMS_URL = 'http://127.0.0.1:9';
  try {
    expect((await probe()).status).toBe(503);
  } finally {
    process.env.CMS_URL = url;
  }
});

it('is never answered from the page cache, which keeps other 200 GET responses', async () => {
  clearPages();
  const event = () => pageEvent<RequestEvent>('/readyz');
  const throughCache = () => Promise.resolve(pageCache({ event: event(), resolve: () => probe() }));
  expect((await throughCache()).status).toBe(200);
  answer = reply(500, {});
  const response = await throughCache();
  expect(response.status).toBe(503);
  expect(response.headers.get('x-cache')).toBeNull();
});
