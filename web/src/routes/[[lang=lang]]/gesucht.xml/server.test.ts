import { describe, expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];

// The entries themselves are read from a real CMS in web/tests/e2e/board.test.ts: the recorded
// answers hold placeholders for the timestamps that a feed's dates are made of.
const cms = useReplayCms({ now: '2026-11-29T12:00:00.000Z' });

describe('/gesucht.xml', () => {
  it('answers 400 naming the parameter, as plain text that any site may read', async () => {
    for (const [query, param] of [
      ['art=angeboten%2Cgesucht', 'art'],
      ['seite=0', 'seite'],
      ['beispiele=ja', 'beispiele'],
      ['region=atlantis&beispiele=1', 'region'],
    ]) {
      const response = await GET(pageEvent<Event>(`/gesucht.xml?${query}`));
      expect([response.status, await response.text()], query).toEqual([400, `Ungültiger Wert für „${param}“.\n`]);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
    // Only the unknown region needed the CMS.
    expect(cms.requests.map((r) => r.operation).sort()).toEqual(['BoardNotices', 'FilterOptions']);
  });
});
