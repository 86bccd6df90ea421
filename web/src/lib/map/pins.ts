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

/** A pin placed on the static (SVG) map. */
export type StaticPin = MapPin & { x: number; y: number };

/** The pins as a GeoJSON source for maplibre; the card finds the rest by slug. */
export const pinsToGeoJson = (pins: MapPin[]): FeatureCollection<Point, { slug: string }> => ({
  type: 'FeatureCollection',
  features: pins.map((pin) => ({ type: 'Feature', properties: { slug: pin.slug }, geometry: { type: 'Point', coordinates: pin.position } })),
});

/** SVG path data of Germany and of its neighbours, in a drawing `width` × `height` units large. */
export type StaticMapOutline = { width: number; height: number; home: string; neighbours: string };

/** The map as the server draws it: outlines and the pins placed on them. */
export type StaticMap = { outline: StaticMapOutline; pins: StaticPin[] };
