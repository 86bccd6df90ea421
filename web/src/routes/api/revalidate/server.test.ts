import { beforeAll, expect, it } from 'vitest';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { getSite } from '$lib/server/cms/site';
import { pageEvent } from '$lib/server/testing/events';
import { POST } from './+server';

type Event = Parameters<typeof POST>[0];

const cms = useReplayCms();
beforeAll(() => {
  process.env.REVALIDATE_SECRET = SECRET;
});

const SECRET = 'ein-langes-geteiltes-geheimnis';

const call = (secret?: string, body: object = { event: 'entry.publish', model: 'place' }) =>
  POST(
    pageEvent<Event>('/api/revalidate', {}, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-revalidate-secret': secret }) },
      body: JSON.stringify(body),
    }),
  );

it('refuses a missing or wrong secret with 401 and keeps the cache', async () => {
  await getSite('de');
  const requests = cms.requests.length;
  expect((await call()).status).toBe(401);
  expect((await call('falsch')).status).toBe(401);
  await getSite('de');
  expect(cms.requests.length).toBe(requests);
});

it("renews every cached response when the body names no eviction, as Strapi's own webhook body does", async () => {
  await getSite('de');
  const requests = cms.requests.length;
  const response = await call(SECRET);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ revalidated: true });
  await getSite('de');
  expect(cms.requests.length).toBe(requests + 1);
});

it('renews only what shows the change the eviction names', async () => {
  await getSite('de');
  const requests = cms.requests.length;
  const unrelated = { event: 'entry.publish', eviction: { expire: ['ein-anderer-ort'], stale: ['list:meetings'], purge: [] } };
  expect((await call(SECRET, unrelated)).status).toBe(200);
  await getSite('de');
  expect(cms.requests.length, 'the site settings do not show that place').toBe(requests);
  expect((await call(SECRET, { event: 'entry.publish', eviction: { expire: [], stale: ['*'], purge: [] } })).status).toBe(200);
  await getSite('de');
  expect(cms.requests.length).toBe(requests + 1);
});

it('refuses a malformed eviction with 400, naming the field, and keeps the cache', async () => {
  await getSite('de');
  const requests = cms.requests.length;
  const response = await call(SECRET, { eviction: { expire: 'ort-a', stale: ['*'] } });
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ field: 'eviction.expire' });
  expect((await call(SECRET, { eviction: ['*'] })).status).toBe(400);
  await getSite('de');
  expect(cms.requests.length).toBe(requests);
});
