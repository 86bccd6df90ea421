// Loaded with import() only where a map is shown and WebGL exists: maplibre is the heaviest
// code on the site. Every request it makes goes to this site unless PUBLIC_MAP_STYLE_URL
// points elsewhere: the default style has no glyphs, sprites or tiles, only our outlines.
import {
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  setWorkerUrl,
  type ErrorEvent,
  type GeoJSONSource,
  type GeoJSONFeature,
  type ExpressionSpecification,
  type LayerSpecification,
  type MapSourceDataEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { pinsFromFeed } from './feed-pins';
import { pinsToGeoJson, townLabels, type MapLabel, type MapPin } from './pins';
import { boundsAround } from './project';

// Bundlers move maplibre away from its worker file, so it is told where the build put it.
setWorkerUrl(workerUrl);

export type MapOptions = {
  container: HTMLElement;
  /** The map feed (/orte.geojson) with the page's filters. */
  pinsUrl: string;
  /** Names of cities and districts, drawn as HTML, since the site serves no glyphs; the places' towns are added. */
  names: MapLabel[];
  /** The offline base map (GeoJSON outlines) on this site. */
  outlinesUrl: string;
  /** A self-hosted style (for example over PMTiles) that replaces the outlines. */
  styleUrl: string | null;
  /** The official keys (or their first digits) of the districts of the region the map shows, set apart as on the static map. */
  region: string[];
  labels: { map: string; cluster: (n: number) => string };
  /** One place, or several that share a spot and never split apart however far one zooms. */
  onSelect: (pins: MapPin[]) => void;
};

export type InteractiveMap = { destroy: () => void };

/** The site's colours, read from its stylesheet so the map follows the design. */
const colours = () => {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    water: '#dfe9ee',
    land: read('--paper', '#fbfaf6'),
    home: read('--green-100', '#e7f1e9'),
    border: read('--green-700', '#2d6a4a'),
  };
};

/** From this zoom on (about one federal state wide) the district borders and names are shown. */
const DETAIL_ZOOM = 7;

const outlineStyle = (outlinesUrl: string, region: string[]): StyleSpecification => {
  const c = colours();
  const inRegion: ExpressionSpecification = ['any', ...region.map((prefix): ExpressionSpecification => ['==', ['slice', ['get', 'key'], 0, prefix.length], prefix])];
  // The same colour as the static map's region (BASE_COLOURS in outlines.server.ts).
  const regionLayer: LayerSpecification[] = region.length
    ? [{ id: 'region', type: 'fill', source: 'outlines', filter: ['all', ['==', ['get', 'kind'], 'district'], inRegion], paint: { 'fill-color': '#b9d8c1' } }]
    : [];
  return {
    version: 8,
    sources: { outlines: { type: 'geojson', data: outlinesUrl, attribution: '' } },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': c.water } },
      { id: 'land', type: 'fill', source: 'outlines', filter: ['==', ['get', 'kind'], 'country'], paint: { 'fill-color': c.land } },
      { id: 'germany', type: 'fill', source: 'outlines', filter: ['==', ['get', 'kind'], 'state'], paint: { 'fill-color': c.home } },
      ...regionLayer,
      { id: 'borders', type: 'line', source: 'outlines', filter: ['==', ['get', 'kind'], 'country'], paint: { 'line-color': c.border, 'line-width': 0.75 } },
      {
        id: 'districts',
        type: 'line',
        source: 'outlines',
        filter: ['==', ['get', 'kind'], 'district'],
        paint: { 'line-color': c.border, 'line-opacity': 0.6, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.25, DETAIL_ZOOM, 0.75] },
      },
      { id: 'states', type: 'line', source: 'outlines', filter: ['==', ['get', 'kind'], 'state'], paint: { 'line-color': c.border, 'line-width': 1.5 } },
    ],
  };
};

const CLUSTER_RADIUS = 48;
const MAX_ZOOM = 14;

/**
 * Shows the pins on a maplibre map, nearby ones clustered. Every place and cluster is an HTML
 * button over the map, so keyboards and screen readers reach them and no glyphs are needed for
 * labels. Resolves once the map has loaded; rejects when the feed, WebGL or the style fails.
 */
export const mountMap = async (options: MapOptions): Promise<InteractiveMap> => {
  const response = await fetch(options.pinsUrl);
  if (!response.ok) throw new Error(`${options.pinsUrl} answered ${response.status}`);
  const pins = pinsFromFeed(await response.json());
  return new Promise((resolve, reject) => {
    const { container, labels } = options;
    const bySlug = new Map(pins.map((pin) => [pin.slug, pin]));
    const map = new MapLibreMap({
      container,
      style: options.styleUrl ?? outlineStyle(options.outlinesUrl, options.region),
      bounds: pins.length ? boundsAround(pins.map((pin) => pin.position), 0.2) : [9.5, 50.6, 15.2, 54.0],
      maxZoom: MAX_ZOOM,
      // The page shows the base map's attribution under the map in both modes; maplibre's control
      // is needed only for the sources of a style of one's own.
      attributionControl: options.styleUrl ? { compact: false } : false,
      cooperativeGestures: false,
    });
    map.getCanvas().setAttribute('aria-label', labels.map);
    map.addControl(new NavigationControl({ showCompass: false }));
    let loaded = false;
    const fail = (error: unknown) => {
      if (loaded) return;
      map.remove();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    map.on('error', (event: ErrorEvent) => fail(event.error));

    const markers = new Map<string, Marker>();
    const button = (text: string, label: string, className: string, onClick: () => void) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = className;
      element.textContent = text;
      element.setAttribute('aria-label', label);
      element.addEventListener('click', (event) => {
        // The map would otherwise treat the click as its own and pan.
        event.stopPropagation();
        onClick();
      });
      return element;
    };
    const markerFor = (feature: GeoJSONFeature): [string, Marker] | null => {
      if (feature.geometry.type !== 'Point') return null;
      const [lng, lat] = feature.geometry.coordinates;
      const properties = feature.properties;
      if (properties.cluster) {
        const id = Number(properties.cluster_id);
        const count = Number(properties.point_count);
        const key = `cluster-${id}`;
        const element = button(String(count), labels.cluster(count), 'map-cluster', async () => {
          const source = map.getSource<GeoJSONSource>('places');
          if (!source) return;
          const zoom = await source.getClusterExpansionZoom(id);
          if (zoom <= MAX_ZOOM) {
            map.easeTo({ center: [lng, lat], zoom });
            return;
          }
          // Places at (almost) the same address: zooming cannot part them, so the card lists them all.
          const leaves = await source.getClusterLeaves(id, count, 0);
          options.onSelect(leaves.flatMap((leaf) => bySlug.get(String(leaf.properties?.slug)) ?? []));
        });
        return [key, new Marker({ element }).setLngLat([lng, lat])];
      }
      const pin = bySlug.get(String(properties.slug));
      if (!pin) return null;
      const element = button('', pin.name, 'map-pin', () => options.onSelect([pin]));
      return [pin.slug, new Marker({ element }).setLngLat(pin.position)];
    };

    /** Keeps one button per visible place or cluster, reusing those that stay (and keep focus). */
    const syncMarkers = () => {
      if (!map.isSourceLoaded('places')) return;
      // Markers are placed before the names are measured.
      queueMicrotask(declutter);
      const wanted = new Map<string, GeoJSONFeature>();
      for (const feature of map.querySourceFeatures('places')) {
        const key = feature.properties.cluster ? `cluster-${feature.properties.cluster_id}` : String(feature.properties.slug);
        wanted.set(key, feature);
      }
      for (const [key, marker] of markers) {
        if (!wanted.has(key)) {
          marker.remove();
          markers.delete(key);
        }
      }
      for (const [key, feature] of wanted) {
        if (markers.has(key)) continue;
        const made = markerFor(feature);
        if (made) markers.set(key, made[1].addTo(map));
      }
    };

    // Names under the places: plain text over the map, hidden from screen readers, who get the list.
    // A town's name hangs below its places' middle.
    const names = [...options.names, ...townLabels(pins, options.names.filter((n) => n.kind === 'city').map((n) => n.name))].map(({ name, kind, position }) => {
      const element = document.createElement('span');
      element.className = `map-label map-label-${kind}`;
      element.textContent = name;
      element.setAttribute('aria-hidden', 'true');
      const town = kind === 'town';
      // Below a cluster's button too (2.25rem across), so that a town of several places keeps its name.
      new Marker({ element, anchor: town ? 'top' : 'center', offset: town ? [0, 20] : [0, 0] }).setLngLat(position).addTo(map);
      return { element, town };
    });
    /** Hides each town's name that would cover another name, a place or a cluster, or be cut off at the edge; the others always show. */
    const declutter = () => {
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const frame = container.getBoundingClientRect();
      const taken = [...names.filter((n) => !n.town).map((n) => n.element), ...[...markers.values()].map((marker) => marker.getElement())]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0);
      for (const { element } of names.filter((n) => n.town)) {
        const box = element.getBoundingClientRect();
        const inside = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
        const free = inside && !taken.some((other) => overlap(box, other));
        element.classList.toggle('map-label-covered', !free);
        if (free) taken.push(box);
      }
    };
    const showDetail = () => container.toggleAttribute('data-detail', map.getZoom() >= DETAIL_ZOOM);
    map.on('zoom', showDetail);
    showDetail();

    map.on('load', () => {
      map.addSource('places', { type: 'geojson', data: pinsToGeoJson(pins), cluster: true, clusterRadius: CLUSTER_RADIUS, clusterMaxZoom: MAX_ZOOM });
      // Invisible: it only makes maplibre cluster the source; the buttons above draw the places.
      map.addLayer({ id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 1, 'circle-opacity': 0 } });
      map.on('moveend', syncMarkers);
      map.on('sourcedata', (event: MapSourceDataEvent) => {
        if (event.sourceId === 'places' && event.isSourceLoaded) syncMarkers();
      });
      loaded = true;
      resolve({ destroy: () => map.remove() });
    });
  });
};
