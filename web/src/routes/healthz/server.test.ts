import { afterAll, beforeAll, expect, it } from 'vitest';
import { startReplayCms, type ReplayCms } from '$lib/server/testing/replay-cms';
import { pageEvent } from '$lib/server/testing/events';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];

let cms: ReplayCms;
beforeAll(async () => {
  cms = await startReplayCms();
});
afterAll(() => cms.stop());

it('answers 200 without asking the CMS, and is never stored', async () => {
  const response = await GET(pageEvent<Event>('/healthz'));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(cms.requests).toEqual([]);
});
