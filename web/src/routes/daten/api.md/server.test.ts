import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PUBLIC_PAGE } from '$lib/server/cache-control';
import { pageEvent } from '$lib/server/testing/events';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];

it('serves docs/api.md as Markdown, cached like a public page', async () => {
  const response = await GET(pageEvent<Event>('/daten/api.md'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe(PUBLIC_PAGE);
  expect(await response.text()).toBe(readFileSync(new URL('../../../../../docs/api.md', import.meta.url), 'utf8'));
});
