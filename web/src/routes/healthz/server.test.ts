import { expect, it } from 'vitest';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { pageEvent } from '$lib/server/testing/events';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];

const cms = useReplayCms();

it('answers 200 without asking the CMS, and is never stored', async () => {
  const response = await GET(pageEvent<Event>('/healthz'));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(cms.requests).toEqual([]);
});
