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
    href: localizePath(`/orte/${place.slug}`, locale),
    position: [place.longitude, place.latitude],
  }));
};


/** The pins as a GeoJSON source for maplibre; the card finds the rest by slug. */
export const pinsToGeoJson = (pins: MapPin[]): FeatureCollection<Point, { slug: string }> => ({
  type: 'FeatureCollection',
  features: pins.map((pin) => ({ type: 'Feature', properties: { slug: pin.slug }, geometry: { type: 'Point', coordinates: pin.position } })),
});

/** A name on the base map: a large city, or a district of Sachsen-Anhalt or Brandenburg. */
export type MapLabel = { name: string; kind: 'city' | 'district'; /** [longitude, latitude] */ position: [number, number] };

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
