import type { FeatureCollection, Point } from 'geojson';
import { localizePath, type Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import type { MapPlace } from '$lib/server/cms/map-places';

/** A place as the maps show it: enough for a dot, a card and a link. */
export type MapPin = {
  slug: string;
  name: string;
  teaser: string;
  stageLabel: string;
  isSample: boolean;
  /** The town of its address, named on the maps; null where the entry has none. */
  town: string | null;
  /** The profile's URL in the page's language. */
  href: string;
  /** [longitude, latitude] */
  position: [number, number];
};

/** The places as the maps' pins, labelled and linked in the page's language. */
export const toMapPins = (places: MapPlace[], locale: Locale): MapPin[] => {
  const stages = messages[locale].labels.stage;
  return places.map((place) => ({
    slug: place.slug,
    name: place.name,
    teaser: place.teaser,
    stageLabel: label(stages, place.stage),
    isSample: place.isSample,
    town: place.town,
    href: localizePath(`/orte/${place.slug}`, locale),
    position: [place.longitude, place.latitude],
  }));
};

/** The pins as a GeoJSON source for maplibre; the card finds the rest by slug. */
export const pinsToGeoJson = (pins: MapPin[]): FeatureCollection<Point, { slug: string }> => ({
  type: 'FeatureCollection',
  features: pins.map((pin) => ({ type: 'Feature', properties: { slug: pin.slug }, geometry: { type: 'Point', coordinates: pin.position } })),
});

/** A name on the map: a large city, a district of Sachsen-Anhalt or Brandenburg, or the town of shown places. */
export type MapLabel = { name: string; kind: 'city' | 'district' | 'town'; /** [longitude, latitude] */ position: [number, number] };

/**
 * The distinct towns of the pins, each at the middle of its places, those with the most places
 * first (they win where names would collide); a town named like a large city is left to the city.
 */
export const townLabels = (pins: MapPin[], cities: string[] = []): MapLabel[] => {
  const towns = new Map<string, { count: number; lng: number; lat: number }>();
  for (const { town, position } of pins) {
    if (!town || cities.includes(town)) continue;
    const sum = towns.get(town) ?? { count: 0, lng: 0, lat: 0 };
    towns.set(town, { count: sum.count + 1, lng: sum.lng + position[0], lat: sum.lat + position[1] });
  }
  return [...towns]
    .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b, 'de'))
    .map(([name, { count, lng, lat }]) => ({ name, kind: 'town', position: [lng / count, lat / count] }));
};

/** One place (linking to its profile), or several close together (linking to the list), on the static map. */
export type StaticMark = { x: number; y: number; count: number; href: string; name: string };

/**
 * The map as the server draws it: the frame whose base drawing (`/karte/<frame>.svg`) lies
 * underneath, the labels and the places clustered on it, and how many places there are.
 */
export type StaticMap = {
  /** The base drawing's name, as in `/karte/<frame>.svg`. */
  frame: string;
  width: number;
  height: number;
  labels: (MapLabel & { x: number; y: number })[];
  marks: StaticMark[];
  total: number;
};
