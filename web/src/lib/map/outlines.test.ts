import { describe, expect, it } from 'vitest';
import { baseMapGeoJson, REGION, staticOutline } from './outlines.server';
import { NETWORK_AREA } from './project';
import { staticMap } from './static-map.server';
import type { MapPin } from './pins';

const pin = (slug: string, position: [number, number]): MapPin => ({
  slug,
  name: slug,
  teaser: '',
  stageLabel: 'Idee',
  isSample: false,
  href: `/orte/${slug}`,
  position,
});

describe('baseMapGeoJson', () => {
  const { features } = baseMapGeoJson();

  it('holds Germany, marked as home, and its neighbours', () => {
    const names = features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Germany', 'Poland', 'Czechia', 'Austria', 'Netherlands', 'Denmark']));
    expect(features.filter((f) => f.properties.home).map((f) => f.properties.name)).toEqual(['Germany']);
  });

  it('keeps only polygons that reach the region: no French Guiana, no Russia across the antimeridian', () => {
    for (const feature of features) {
      for (const polygon of feature.geometry.coordinates) {
        const longitudes = polygon[0].map(([lng]) => lng);
        expect(Math.min(...longitudes), feature.properties.name).toBeLessThanOrEqual(REGION[2]);
        expect(Math.max(...longitudes), feature.properties.name).toBeGreaterThanOrEqual(REGION[0]);
      }
    }
    expect(features.map((f) => f.properties.name)).not.toContain('Russia');
  });

  it('stays small enough to send to every visitor of the map', () => {
    expect(JSON.stringify(baseMapGeoJson()).length).toBeLessThan(400_000);
  });
});

describe('staticOutline and staticMap', () => {
  it('draws Germany and its neighbours as path data', () => {
    const outline = staticOutline(NETWORK_AREA, 800);
    expect(outline.width).toBe(800);
    expect(outline.home).toMatch(/^M[\d.-]+ [\d.-]+L/);
    expect(outline.neighbours).toMatch(/^M/);
  });

  it('places every pin inside the drawing, widening the frame for a place outside the network area', () => {
    const map = staticMap([pin('altmark', [11.5, 52.7]), pin('far-west', [6.9, 51.2])]);
    for (const { x, y } of map.pins) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.outline.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.outline.height);
    }
    expect(map.pins[1].x).toBeLessThan(map.pins[0].x);
  });
});
