import { createServer, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listenLocally } from '../testing/listen';
import { ReachCounter, type ReachRow } from './counter';
import { BATCH_ROWS, createSender } from './sender';

const TOKEN = 'reach-test-token';

/** A stand-in for the CMS's batch route that answers as told and keeps what it took. */
let answer = 204;
let received: { authorization: string | undefined; rows: ReachRow[] }[] = [];
const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
};
const cms = createServer(async (request, response) => {
  const body: { data: ReachRow[] } = JSON.parse(await readBody(request));
  if (answer === 204) received.push({ authorization: request.headers.authorization, rows: body.data });
  response.statusCode = answer;
  response.end();
});
let endpoint = '';
beforeAll(async () => {
  endpoint = `${await listenLocally(cms)}/api/reach-counts/batch`;
});
afterAll(() => new Promise((done) => cms.close(done)));
beforeEach(() => {
  answer = 204;
  received = [];
});

const views = () => received.flatMap(({ rows }) => rows).reduce((sum, row) => sum + row.views, 0);
const sender = (counter: ReachCounter, to = endpoint) => createSender({ counter, endpoint: to, token: TOKEN, timeoutMs: 2000, intervalMs: 60_000 });

describe('sending the counts', () => {
  it('sends them with the reach token, in batches the CMS takes', async () => {
    const counter = new ReachCounter();
    for (let i = 0; i < BATCH_ROWS + 5; i++) counter.add('2026-12-06', 'page', `/seite-${i}`);
    await sender(counter).flush();
    expect(received.map(({ rows }) => rows.length)).toEqual([BATCH_ROWS, 5]);
    expect(received.every(({ authorization }) => authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(counter.size).toBe(0);
  });

  it('keeps the counts when the CMS fails or cannot be reached, and delivers them with the next flush', async () => {
    const counter = new ReachCounter();
    counter.add('2026-12-06', 'page', '/orte');
    counter.add('2026-12-06', 'page', '/orte');
    answer = 503;
    await sender(counter).flush();
    expect(counter.size).toBe(1);
    await sender(counter, 'http://127.0.0.1:9/api/reach-counts/batch').flush();
    expect(counter.size).toBe(1);

    answer = 204;
    counter.add('2026-12-06', 'page', '/orte');
    await sender(counter).flush();
    expect(received).toEqual([{ authorization: `Bearer ${TOKEN}`, rows: [{ day: '2026-12-06', kind: 'page', key: '/orte', views: 3 }] }]);
  });

  it('drops what the CMS refuses for good, rather than sending it for ever', async () => {
    const counter = new ReachCounter();
    counter.add('2026-12-06', 'page', '/orte');
    answer = 400;
    await sender(counter).flush();
    expect(counter.size).toBe(0);
  });

  it('sends the rest when stopped, and concurrent flushes send each count once', async () => {
    const counter = new ReachCounter();
    const running = sender(counter);
    running.start();
    for (let i = 0; i < 50; i++) counter.add('2026-12-06', 'feed', '/feed.xml');
    await Promise.all([running.flush(), running.flush(), running.stop()]);
    expect(views()).toBe(50);
    expect(counter.size).toBe(0);
  });
});
