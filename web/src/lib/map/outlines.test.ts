import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseMapGeoJson, baseMapSvg, frameOf, mapLabels, REGION } from './outlines.server';
import { staticMap } from './static-map.server';
import type { MapPin } from './pins';

const pin = (slug: string, position: [number, number], town: string | null = null): MapPin => ({
  slug,
  name: slug,
  teaser: '',
  stageLabel: 'Idee',
  isSample: false,
  town,
  href: `/orte/${slug}`,
  position,
});

describe('baseMapGeoJson', () => {
  const { features } = baseMapGeoJson();

  it("holds Germany's 401 districts and 16 states, and its neighbours", () => {
    const names = (kind: string) => features.filter((f) => f.properties.kind === kind).map((f) => f.properties.name);
    expect(names('country')).toEqual(expect.arrayContaining(['Poland', 'Czechia', 'Austria', 'Netherlands', 'Denmark']));
    expect(names('country')).not.toContain('Germany');
    expect(names('district')).toHaveLength(401);
    expect(names('district')).toEqual(expect.arrayContaining(['Altmarkkreis Salzwedel', 'Stendal', 'Prignitz']));
    expect(names('state')).toHaveLength(16);
    // A region's districts are found by their official key, as the interactive map's region layer does.
    const altmark = features.filter((f) => f.properties.kind === 'district' && ['15081', '15090'].includes(f.properties.key ?? ''));
    expect(altmark.map((f) => f.properties.name).sort()).toEqual(['Altmarkkreis Salzwedel', 'Stendal']);
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

  it('names the large cities and the districts of Sachsen-Anhalt and Brandenburg, each once', () => {
    const names = mapLabels().map((label) => label.name);
    expect(names).toEqual(expect.arrayContaining(['Berlin', 'Hamburg', 'Hannover', 'Magdeburg', 'Leipzig', 'Halle', 'Stendal', 'Altmarkkreis Salzwedel', 'Uckermark']));
    expect(names).not.toContain('Halle (Saale)');
    expect(names).not.toContain('Harburg');
    expect(new Set(names).size).toBe(names.length);
  });

  it('stays small enough to send to every visitor of the map (about 150 KB gzipped)', () => {
    expect(JSON.stringify(baseMapGeoJson()).length).toBeLessThan(600_000);
  });
});

describe('baseMapSvg', () => {
  it("draws the network's area with its districts and Germany's states, and Germany without districts", () => {
    const netz = baseMapSvg(frameOf('netz')!);
    const deutschland = baseMapSvg(frameOf('deutschland')!);
    expect(netz).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 800 [\d.]+"/);
    expect(netz.match(/<path /g)).toHaveLength(4);
    expect(deutschland.match(/<path /g)).toHaveLength(3);
    expect(deutschland).toContain('viewBox="0 0 300 ');
  });

  it("frames a region around its districts and sets them apart; unknown names have no frame", () => {
    const altmark = frameOf('region-altmark')!;
    // Salzwedel (west) to Havelberg (east), Arendsee (north) to the Elbe south of Tangermünde.
    expect(altmark.bounds[0]).toBeLessThan(10.6);
    expect(altmark.bounds[2]).toBeGreaterThan(12.3);
    expect(altmark.bounds[2]).toBeLessThan(12.7);
    expect(baseMapSvg(altmark).match(/<path /g)).toHaveLength(5);
    expect(frameOf('region-nirgendwo')).toBeNull();
    expect(frameOf('toString')).toBeNull();
  });
});

describe('staticMap', () => {
  const cluster = (n: number) => `${n} Orte`;

  it('places every mark and label inside the drawing, and Germany as the frame for a place outside the network area', () => {
    const map = staticMap([pin('altmark', [11.5, 52.7]), pin('far-west', [6.9, 51.2])], '/orte?ansicht=karte', cluster);
    expect(map.frame).toBe('deutschland');
    for (const { x, y } of [...map.marks, ...map.labels]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
    expect(map.marks[1].x).toBeLessThan(map.marks[0].x);
    expect(map.marks.map((mark) => mark.href)).toEqual(['/orte/altmark', '/orte/far-west']);
    expect(map.labels.map((label) => label.name)).toEqual(expect.arrayContaining(['Berlin', 'Hamburg', 'Magdeburg', 'Stendal']));
  });

  it('clusters nearby places into one mark that links to the list, and counts every place', () => {
    const map = staticMap([pin('a', [11.15, 52.85]), pin('b', [11.151, 52.851]), pin('c', [11.86, 52.6])], '/orte?ansicht=karte', cluster);
    expect(map.frame).toBe('netz');
    expect(map.total).toBe(3);
    expect(map.marks).toContainEqual(expect.objectContaining({ count: 2, href: '/orte?ansicht=karte', name: '2 Orte' }));
    expect(map.marks).toContainEqual(expect.objectContaining({ count: 1, href: '/orte/c', name: 'c' }));
  });

  it("names the places' towns where they fit: clear of the other names and marks, not twice, not over a large city", () => {
    const altmark = [pin('a', [11.152, 52.8507], 'Salzwedel'), pin('b', [11.1522, 52.848], 'Salzwedel'), pin('c', [11.3853, 52.6536], 'Kalbe (Milde)'), pin('d', [11.629, 52.121], 'Magdeburg')];
    const map = staticMap(altmark, '/orte?ansicht=karte', cluster, 'region-altmark');
    const towns = map.labels.filter((label) => label.kind === 'town');
    expect(towns.map((town) => town.name).sort()).toEqual(['Kalbe (Milde)', 'Salzwedel']);
    const salzwedel = map.marks.find((mark) => mark.count === 2)!;
    const label = towns.find((town) => town.name === 'Salzwedel')!;
    expect(label.x).toBeCloseTo(salzwedel.x, -1);
    expect(label.y).toBeGreaterThan(salzwedel.y);
    // On the network's area, a town under a district's name gives way to it.
    const crowded = staticMap([pin('e', mapLabels().find((l) => l.name === 'Prignitz')!.position, 'Prignitz-Dorf')], '/orte', cluster);
    expect(crowded.labels.map((l) => l.name)).not.toContain('Prignitz-Dorf');
  });

  it('stays small at 10,000 places: the marks are bounded by the grid, not by the places', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pins = Array.from({ length: 10_000 }, (_, i) => pin(`ort-${i}`, [10.6 + random() * 4, 51 + random() * 2.5], `Ort ${i % 200}`));
    const map = staticMap(pins, '/orte?ansicht=karte', cluster);
    expect(map.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(10_000);
    // The page carries the drawing twice (as SVG and as its data), so this bounds the map's share of it.
    expect(gzipSync(JSON.stringify(map)).length).toBeLessThan(12_000);
  });
});
