import { beforeAll, expect, it } from 'vitest';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { getSite } from '$lib/server/cms/site';
import { pageEvent } from '$lib/server/testing/events';
import { POST } from './+server';

type Event = Parameters<typeof POST>[0];

const cms = useReplayCms();
beforeAll(() => {
  process.env.REVALIDATE_SECRET = 'ein-langes-geteiltes-geheimnis';
});

const call = (secret?: string) =>
  POST(
    pageEvent<Event>('/api/revalidate', {}, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-revalidate-secret': secret }) },
      body: '{"event":"entry.publish","model":"place"}',
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

it('drops the cached responses with the right secret, so the next page asks the CMS again', async () => {
  await getSite('de');
  const requests = cms.requests.length;
  const response = await call('ein-langes-geteiltes-geheimnis');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ revalidated: true });
  await getSite('de');
  expect(cms.requests.length).toBe(requests + 1);
});
