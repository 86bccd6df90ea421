import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import kreiseTopology from './geodata/kreise.topo.json?raw';
import type { MapLabel } from './pins';
import { boundsAround, fitProjection, FRAMES, overlaps, ringsToPath, type Bounds, type Frame } from './project';
import { inRegion, REGION_DISTRICTS } from './regions';

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

const load = (): Country[] => {
  const topology: Topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
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

/** Germany's neighbours at 1:50 million: enough around the detailed German map. */
const coarseCountries = memo(load);

type AreaKind = 'country' | 'state' | 'district';

/** An outline's properties: `key` is a district's official key (AGS), by which a region finds its districts. */
type AreaProperties = { name: string; kind: AreaKind; key?: string };

type Area = Country & { key: string; label: [number, number] };

const multiPolygon = (geometry: Polygon | MultiPolygon): [number, number][][][] =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((polygon) =>
    polygon.map((ring) => ring.map(([lng, lat]): [number, number] => [lng, lat])),
  );

/** Germany's districts and federal states from BKG's VG250 (see geodata/README.md). */
const germany = memo(() => {
  const topology: Topology = JSON.parse(kreiseTopology);
  const areas = (object: string): Area[] => {
    const collection = feature(topology, topology.objects[object]);
    const features: Feature[] = 'features' in collection ? collection.features : [collection];
    return features.flatMap(({ geometry, properties }) =>
      geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon'
        ? [{ name: String(properties?.GEN ?? ''), key: String(properties?.AGS ?? properties?.land), polygons: multiPolygon(geometry), label: [Number(properties?.lx), Number(properties?.ly)] }]
        : [],
    );
  };
  return { districts: areas('kreise'), states: areas('laender') };
});

/** The states whose districts are named on the maps: where the network's places are. */
const NAMED_STATES = ['15', '12'];

/** Large cities named on every map, for orientation; `key` is the district a city is, so it is not named twice. */
const CITIES: { name: string; position: [number, number]; key?: string }[] = [
  { name: 'Berlin', position: [13.405, 52.52] },
  { name: 'Hamburg', position: [9.993, 53.551] },
  { name: 'Hannover', position: [9.732, 52.375] },
  { name: 'Magdeburg', position: [11.629, 52.121], key: '15003' },
  { name: 'Leipzig', position: [12.375, 51.34] },
  { name: 'Halle', position: [11.97, 51.482], key: '15002' },
];

/** The names on the base map: the large cities and the districts of Sachsen-Anhalt and Brandenburg. */
export const mapLabels = memo((): MapLabel[] => {
  const cityKeys = new Set(CITIES.map((city) => city.key));
  const districts = germany().districts.filter((d) => NAMED_STATES.includes(d.key.slice(0, 2)) && !cityKeys.has(d.key));
  return [
    ...CITIES.map(({ name, position }): MapLabel => ({ name, position, kind: 'city' })),
    ...districts.map(({ name, label }): MapLabel => ({ name, position: label, kind: 'district' })),
  ];
});

const roundPolygons = (polygons: [number, number][][][]) => polygons.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [round(lng), round(lat)])));

/**
 * The interactive map's base layer as GeoJSON: Germany's districts and states (VG250), its
 * neighbours coarse (Natural Earth). `kind` lets the style fill and outline each differently.
 */
export const baseMapGeoJson = memo((): FeatureCollection<MultiPolygon, AreaProperties> => {
  const { districts, states } = germany();
  const features = (kind: AreaKind, areas: (Country & { key?: string })[]): Feature<MultiPolygon, AreaProperties>[] =>
    areas.map(({ name, key, polygons }) => ({
      type: 'Feature',
      properties: kind === 'district' ? { name, kind, key } : { name, kind },
      geometry: { type: 'MultiPolygon', coordinates: roundPolygons(polygons) },
    }));
  return {
    type: 'FeatureCollection',
    features: [...features('country', coarseCountries().filter((c) => c.name !== 'Germany')), ...features('district', districts), ...features('state', states)],
  };
});

/**
 * The base drawing of a static map as an SVG document: water, neighbours, Germany's states and,
 * where the frame asks for them, its districts. Pages place it with `<image>` under their marks
 * and labels, so browsers cache it and the page's HTML stays small.
 */
export const baseMapSvg = ({ bounds, width, districts, region }: Frame): string => {
  const projection = fitProjection(bounds, width);
  const path = (areas: Country[]) =>
    areas.flatMap((area) => area.polygons.filter((polygon) => overlaps(boundsAround(polygon[0]), bounds)).map((polygon) => ringsToPath(polygon, projection))).join('');
  const germanyAreas = germany();
  const neighbours = coarseCountries().filter((c) => c.name !== 'Germany');
  const c = BASE_COLOURS;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${projection.height}" width="${width}" height="${projection.height}">` +
    `<rect width="100%" height="100%" fill="${c.water}"/>` +
    `<path d="${path(neighbours)}" fill="${c.land}" stroke="${c.border}" stroke-width="0.75"/>` +
    `<path d="${path(germanyAreas.states)}" fill="${c.home}"/>` +
    (region ? `<path d="${path(germanyAreas.districts.filter((d) => inRegion(region, d.key)))}" fill="${c.region}"/>` : '') +
    (districts ? `<path d="${path(germanyAreas.districts)}" fill="none" stroke="${c.border}" stroke-width="0.5" stroke-opacity="0.6"/>` : '') +
    `<path d="${path(germanyAreas.states)}" fill="none" stroke="${c.border}" stroke-width="1.5"/></svg>`
  );
};

/** The design's colours (DESIGN.md): the drawing is an image, outside the page's stylesheet. */
const BASE_COLOURS = { water: '#dfe9ee', land: '#fbfaf6', home: '#e7f1e9', region: '#b9d8c1', border: '#2d6a4a' };

/** A region's frame: its districts with a margin, the region set apart; null for a region without districts. */
const regionFrame = (region: string): Frame | null => {
  const districts = germany().districts.filter((d) => inRegion(region, d.key));
  if (!districts.length) return null;
  return { bounds: boundsAround(districts.flatMap((d) => d.polygons.flatMap((polygon) => polygon[0])), 0.2), width: 800, districts: true, region };
};

/** The frame for `/karte/<name>.svg`: a fixed one, or `region-<slug>` for a region mapped in REGION_DISTRICTS; null for any other name. */
export const frameOf = (name: string): Frame | null => {
  const fixed: Record<string, Frame> = FRAMES;
  if (Object.hasOwn(fixed, name)) return fixed[name];
  const region = name.startsWith('region-') ? name.slice('region-'.length) : '';
  return Object.hasOwn(REGION_DISTRICTS, region) ? regionFrame(region) : null;
};
