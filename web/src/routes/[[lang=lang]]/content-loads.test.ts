import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load as loadMeetings } from './treffen/+page.server';
import { load as loadMeeting } from './treffen/[slug]/+page.server';
import { load as loadPartner } from './partner/[slug]/+page.server';
import { load as loadRegion } from './regionen/[slug]/+page.server';

useReplayCms({ now: '2026-11-29T12:00:00.000Z' });

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (failure) => (isHttpError(failure) ? failure.status : 500),
  );

describe('meetings', () => {
  it('lists upcoming meetings, and the archive with undated meetings after the dated ones', async () => {
    const data = await loadMeetings(pageEvent<Parameters<typeof loadMeetings>[0]>('/treffen'));
    expect(data.upcoming.map((m) => m.slug)).toEqual(['netzwerktreffen-kalbe-2027']);
    expect(data.archive.map((m) => m.slug)).toEqual(['werkstatttreffen-tangermuende-2026', 'netzwerktreffen-stendal']);
  });

  it('reports the undated Stendal meeting with its hosts, venue and moderation', async () => {
    const data = await loadMeeting(pageEvent<Parameters<typeof loadMeeting>[0]>('/treffen/netzwerktreffen-stendal', { slug: 'netzwerktreffen-stendal' }));
    expect(JSON.stringify(data)).toContain('Antje Schmidt');
    expect(JSON.stringify(data)).toContain('daily-am-dom');
    expect(JSON.stringify(data)).toContain('img-sachsen-anhalt');
    expect(data.meeting.startsAt).toBeNull();
    expect(await status(loadMeeting(pageEvent<Parameters<typeof loadMeeting>[0]>('/treffen/x', { slug: '../x' })))).toBe(404);
  });
});

describe('partner and region', () => {
  it('shows a partner’s places once each, in German, and the meetings it hosted', async () => {
    const data = await loadPartner(pageEvent<Parameters<typeof loadPartner>[0]>('/partner/daily-am-dom', { slug: 'daily-am-dom' }));
    const text = JSON.stringify(data);
    expect(text).toContain('DAILY AM DOM');
    expect(text).toContain('netzwerktreffen-stendal');
  });

  it('shows the places of a region', async () => {
    const data = await loadRegion(pageEvent<Parameters<typeof loadRegion>[0]>('/regionen/altmark', { slug: 'altmark' }));
    const text = JSON.stringify(data);
    expect(text).toContain('buergermeisterhof');
    expect(text).toContain('Berlin Hbf');
  });
});
