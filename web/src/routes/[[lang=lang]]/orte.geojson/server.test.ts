import { describe, expect, it } from 'vitest';
import { MapPlacesDocument } from '$lib/server/cms/generated/graphql';
import { clearCache } from '$lib/server/cms/client';
import { pageEvent } from '$lib/server/testing/events';
import { recordedData, useReplayCms } from '$lib/server/testing/replay-cms';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];
type Feature = { type: string; id: string; geometry: { type: string; coordinates: [number, number] }; properties: Record<string, unknown> };

const cms = useReplayCms();

const get = async (path: string) => {
  const response = await GET(pageEvent<Event>(path));
  return { status: response.status, headers: response.headers, body: await response.text() };
};

const features = async (path: string): Promise<Feature[]> => {
  const { status, body } = await get(path);
  expect(status, path).toBe(200);
  const collection = JSON.parse(body);
  expect(collection.type).toBe('FeatureCollection');
  return collection.features;
};

describe('/orte.geojson', () => {
  it('is GeoJSON that any site may fetch and caches may keep for five minutes', async () => {
    const { headers } = await get('/orte.geojson');
    expect(headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('holds the real places only, as points in [longitude, latitude] with the properties partners need', async () => {
    const recorded = recordedData('map-places', MapPlacesDocument).places_connection!.nodes;
    const list = await features('/orte.geojson');
    expect(list.map((f) => f.id)).toEqual(recorded.map((p) => p.slug));
    const hof = list.find((f) => f.id === 'buergermeisterhof')!;
    expect(hof.type).toBe('Feature');
    expect(hof.geometry).toEqual({ type: 'Point', coordinates: [11.152, 52.8507] });
    expect(hof.properties).toEqual({
      name: 'Bürgermeisterhof',
      slug: 'buergermeisterhof',
      url: 'http://localhost/orte/buergermeisterhof',
      teaser: expect.stringContaining('Salzwedel'),
      town: 'Salzwedel',
      stage: 'under_development',
      stageLabel: 'Im Aufbau',
      region: { slug: 'altmark', name: 'Altmark' },
      themes: expect.arrayContaining([{ slug: 'wohnen-bauen', name: 'Wohnen & Bauen' }]),
      isSample: false,
      language: 'de',
    });
  });

  it('adds the samples only when ?beispiele=1 asks for them', async () => {
    const all = await features('/orte.geojson?beispiele=1');
    const real = await features('/orte.geojson');
    expect(all.length).toBe(recordedData('map-places-samples', MapPlacesDocument).places_connection!.nodes.length);
    expect(all.length).toBeGreaterThan(real.length);
    expect(all.some((f) => f.properties.isSample)).toBe(true);
    expect(real.every((f) => !f.properties.isSample)).toBe(true);
  });

  it("filters like /orte: a region includes its child regions' places", async () => {
    const list = await features('/orte.geojson?region=sachsen-anhalt&thema=wohnen-bauen');
    expect(list.map((f) => f.id)).toEqual(['buergermeisterhof']);
    expect(list[0].properties.region).toMatchObject({ slug: 'altmark' });
  });

  it('speaks English under /en, linking the English pages', async () => {
    const [hof] = await features('/en/orte.geojson');
    expect(hof.properties).toMatchObject({
      url: 'http://localhost/en/orte/buergermeisterhof',
      stageLabel: 'In development',
      language: 'en',
      teaser: expect.stringMatching(/^A half-timbered ensemble/),
      themes: expect.arrayContaining([{ slug: 'wohnen-bauen', name: 'Living & Building' }]),
    });
  });

  it('answers 400 for a filter or sample value that cannot be valid, before asking the CMS', async () => {
    const before = cms.requests.length;
    for (const path of ['/orte.geojson?region=..%2Fetc', '/orte.geojson?thema=%3Cscript%3E', '/orte.geojson?beispiele=ja']) {
      const { status, headers, body } = await get(path);
      expect(status, path).toBe(400);
      expect(headers.get('access-control-allow-origin')).toBe('*');
      expect(body).toMatch(/^Ungültiger Wert für „(region|thema|beispiele)“/);
    }
    expect(cms.requests.length).toBe(before);
  });

  it('answers 503 with Retry-After and no internals when the CMS is unreachable and nothing is cached', async () => {
    const url = process.env.CMS_URL;
    process.env.CMS_URL = 'http://127.0.0.1:9';
    clearCache();
    try {
      const { status, headers, body } = await get('/orte.geojson');
      expect(status).toBe(503);
      expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
      expect(headers.get('cache-control')).toBe('no-store');
      expect(headers.get('access-control-allow-origin')).toBe('*');
      expect(body).toMatch(/^Die Inhalte sind gerade nicht erreichbar\./);
      expect(body).not.toMatch(/Error|fetch failed|127\.0\.0\.1|\.ts:\d+/);
    } finally {
      process.env.CMS_URL = url;
    }
  });
});
