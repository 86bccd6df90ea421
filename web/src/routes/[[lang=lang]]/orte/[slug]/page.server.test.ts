import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { clearCache } from '$lib/server/cms/client';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';

type Event = Parameters<typeof load>[0];

const cms = useReplayCms({ now: '2026-11-29T12:00:00.000Z' });

const profile = (slug: string) => load(pageEvent<Event>(`/orte/${slug}`, { slug }));
const status = (slug: string) =>
  profile(slug).then(
    () => 200,
    (failure) => (isHttpError(failure) ? failure.status : 500),
  );

describe('/orte/[slug] load', () => {
  it('returns the profile and other places of the same region', async () => {
    const data = await profile('buergermeisterhof');
    expect(data.place.name).toBe('Bürgermeisterhof');
    expect(data.place.region).toEqual({ slug: 'altmark', name: 'Altmark' });
    expect(data.nearby.length).toBeGreaterThan(0);
    expect(data.nearby.map((p) => p.slug)).not.toContain('buergermeisterhof');
    expect(data.events).toEqual([]);
  });

  it('reads an English profile with its German original beside it: one request, then the region’s places', async () => {
    const before = cms.requests.length;
    const data = await load(pageEvent<Event>('/en/orte/buergermeisterhof', { slug: 'buergermeisterhof' }));
    expect(data.contentLocale).toBe('en');
    expect(data.nearby.length).toBeGreaterThan(0);
    const asked = cms.requests.slice(before).map((r) => `${r.operation} ${r.variables.locale}`);
    // The place's events are asked for beside the profile, in German and English.
    // The German events are cached from the first test.
    expect(asked.toSorted()).toEqual(['PlaceEvents en', 'PlaceProfile en', 'PlacesNearby en']);
    expect(asked.at(-1)).toBe('PlacesNearby en');
  });

  it('shows the place’s people, in the same request as the profile', async () => {
    const before = cms.requests.length;
    const data = await profile('landhandel-seehausen');
    expect(data.people).toEqual([expect.objectContaining({ slug: 'beispiel-ilka-brandt', name: 'Ilka Brandt', role: 'Grafikdesignerin im Coworking', isSample: true })]);
    expect(data.people[0].portrait?.alt).toMatch(/^Illustration: stilisierte Person/);
    // No request of its own: the region's places may come from the cache.
    const asked = cms.requests.slice(before).map((r) => r.operation);
    expect(asked.filter((operation) => !['PlaceEvents', 'PlacesNearby'].includes(operation))).toEqual(['PlaceProfile']);
    // A sample place and its people get no structured data.
    expect(data.structuredData).toEqual([]);
    expect((await profile('buergermeisterhof')).people).toEqual([]);
  });

  it('answers 404 for an unknown slug, and for a malformed one without asking the CMS', async () => {
    expect(await status('gibt-es-nicht')).toBe(404);
    const before = cms.requests.length;
    expect(await status('..%2F..%2Fetc%2Fpasswd')).toBe(404);
    expect(await status("x' OR 1=1--")).toBe(404);
    expect(cms.requests.length).toBe(before);
  });

  it('answers 503 when the CMS is down and nothing is cached, and serves a cached page meanwhile', async () => {
    await profile('buergermeisterhof');
    await cms.stop();
    expect(await status('buergermeisterhof')).toBe(200);
    clearCache();
    expect(await status('buergermeisterhof')).toBe(503);
    await cms.start();
  });
});
