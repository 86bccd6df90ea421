import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { StaticMapOutline } from './pins';
import { boundsAround, fitProjection, overlaps, ringsToPath, type Bounds } from './project';

/**
 * Country outlines from Natural Earth (the `world-atlas` package), so the base map needs no tile
 * server and no request leaves the site. Only the area around Germany is kept.
 */
export const REGION: Bounds = [4, 46.5, 18, 56];

const require = createRequire(import.meta.url);

type Country = { name: string; polygons: [number, number][][][] };

/** The polygons of one country that reach into REGION; France's overseas parts and the like drop out. */
const nearbyPolygons = (geometry: Polygon | MultiPolygon): [number, number][][][] => {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((polygon) => polygon.map((ring) => ring.map(([lng, lat]): [number, number] => [lng, lat])))
    .filter((polygon) => {
      const bounds = boundsAround(polygon[0]);
      // A ring across the antimeridian (Russia's) spans every longitude and would pass any test.
      return bounds[2] - bounds[0] < 90 && overlaps(bounds, REGION);
    });
};

const load = (resolution: '10m' | '50m'): Country[] => {
  const topology: Topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
  const countries = feature(topology, topology.objects.countries);
  const features: Feature[] = 'features' in countries ? countries.features : [countries];
  return features.flatMap((country) => {
    const { geometry } = country;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
    const polygons = nearbyPolygons(geometry);
    const name = String(country.properties?.name ?? '');
    return polygons.length ? [{ name, polygons }] : [];
  });
};

const memo = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** Four decimals are about ten metres: finer than Natural Earth's own precision. */
const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The coarser (1:50 million) outlines: enough for neighbours and for SVG drawings. */
const coarseCountries = memo(() => load('50m'));

/**
 * The interactive map's base layer as GeoJSON: Germany detailed (1:10 million), where visitors
 * zoom in, its neighbours coarse. `home` marks Germany so the style can set it apart.
 */
export const baseMapGeoJson = memo((): FeatureCollection<MultiPolygon, { name: string; home: boolean }> => {
  const germany = load('10m').filter((country) => country.name === 'Germany');
  const countries = [...germany, ...coarseCountries().filter((country) => country.name !== 'Germany')];
  return {
    type: 'FeatureCollection',
    features: countries.map(({ name, polygons }) => ({
      type: 'Feature',
      properties: { name, home: name === 'Germany' },
      geometry: { type: 'MultiPolygon', coordinates: polygons.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [round(lng), round(lat)]))) },
    })),
  };
});

/** SVG path data of Germany and its neighbours inside `bounds`, drawn `width` units wide. */
export const staticOutline = (bounds: Bounds, width: number): StaticMapOutline => {
  const projection = fitProjection(bounds, width);
  const visible = coarseCountries()
    .map((country) => ({ ...country, polygons: country.polygons.filter((polygon) => overlaps(boundsAround(polygon[0]), bounds)) }))
    .filter((country) => country.polygons.length);
  const path = (countries: Country[]) => countries.flatMap((c) => c.polygons.map((polygon) => ringsToPath(polygon, projection))).join('');
  return {
    width: projection.width,
    height: projection.height,
    home: path(visible.filter((c) => c.name === 'Germany')),
    neighbours: path(visible.filter((c) => c.name !== 'Germany')),
  };
};
