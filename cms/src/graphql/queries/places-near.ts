import type { Core } from '@strapi/strapi';
import { invalidArgument } from '../arguments';
import { PLACE } from '../../content-types';

/** Mean Earth radius (IUGG), in km: the sphere the distances are measured on. */
export const EARTH_RADIUS_KM = 6371.0088;
const MAX_RADIUS_KM = 1000;
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

type Point = { latitude: number; longitude: number };
type Args = { lat: number; lng: number; radiusKm: number; limit?: number | null; includeSamples?: boolean | null; locale?: string | null };

/** Geo is optional on a place, and so are its coordinates; only a full point has a distance. */
const isPoint = (geo: { latitude?: number | null; longitude?: number | null } | null | undefined): geo is Point =>
  typeof geo?.latitude === 'number' && typeof geo.longitude === 'number';

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (radians: number) => (radians * 180) / Math.PI;

/** Great-circle distance by the haversine formula. */
export const haversineKm = (a: Point, b: Point) => {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

/**
 * The latitude/longitude rectangle that contains every point within the radius, so the database
 * only returns candidates (J. P. Matuschek, "Finding Points Within a Distance of a
 * Latitude/Longitude Using Bounding Coordinates"). Near a pole the circle covers every
 * longitude; across the antimeridian the longitudes split into two ranges.
 */
const boundingBoxFilter = (center: Point, radiusKm: number) => {
  const angle = radiusKm / EARTH_RADIUS_KM;
  const minLat = center.latitude - degrees(angle);
  const maxLat = center.latitude + degrees(angle);
  const latitude = { $between: [Math.max(minLat, -90), Math.min(maxLat, 90)] };
  if (minLat <= -90 || maxLat >= 90) return { latitude };

  const dLng = degrees(Math.asin(Math.sin(angle) / Math.cos(radians(center.latitude))));
  const minLng = center.longitude - dLng;
  const maxLng = center.longitude + dLng;
  const ranges =
    minLng < -180 ? [[minLng + 360, 180], [-180, maxLng]]
    : maxLng > 180 ? [[minLng, 180], [-180, maxLng - 360]]
    : [[minLng, maxLng]];
  // The query builder refuses operators next to plain keys inside a component, hence $and.
  return { $and: [{ latitude }, { $or: ranges.map((range) => ({ longitude: { $between: range } })) }] };
};

const validate = ({ lat, lng, radiusKm, limit }: Args) => {
  if (!(lat >= -90 && lat <= 90)) throw invalidArgument('lat', 'the latitude must lie between -90 and 90.');
  if (!(lng >= -180 && lng <= 180)) throw invalidArgument('lng', 'the longitude must lie between -180 and 180.');
  if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
    throw invalidArgument('radiusKm', `the radius must be greater than 0 and at most ${MAX_RADIUS_KM} km.`);
  }
  if (limit !== undefined && limit !== null && !(limit >= 1 && limit <= MAX_LIMIT)) {
    throw invalidArgument('limit', `at least 1 and at most ${MAX_LIMIT} places.`);
  }
};

/**
 * `placesNear`: published places within a radius, nearest first, each with its distance.
 * A light query reads the candidates' coordinates inside the bounding box; the exact distance
 * is computed here, and only the places that are returned are then read in full.
 */
export const placesNear = ({ strapi }: { strapi: Core.Strapi }) => ({
  typeDefs: /* GraphQL */ `
    "A place and its great-circle distance from the point that was asked for."
    type PlaceDistance {
      "Kilometres, measured on a sphere of the mean Earth radius (6,371 km)."
      distanceKm: Float!
      "The place, as the places query gives it."
      place: Place!
    }

    extend type Query {
      """
      Published places within radiusKm (at most ${MAX_RADIUS_KM}) of the point lat/lng (WGS 84, decimal
      degrees), nearest first; ties by slug. At most limit places (1 to ${MAX_LIMIT}, default ${DEFAULT_LIMIT}).
      Sample places only with includeSamples: true.
      """
      placesNear(
        "Latitude of the point, -90 to 90."
        lat: Float!
        "Longitude of the point, -180 to 180."
        lng: Float!
        "The radius in km, more than 0 and at most ${MAX_RADIUS_KM}."
        radiusKm: Float!
        "At most this many places, 1 to ${MAX_LIMIT}."
        limit: Int = ${DEFAULT_LIMIT}
        "Whether sample places (isSample: true) are listed too."
        includeSamples: Boolean = false
        locale: I18NLocaleCode
      ): [PlaceDistance!]!
    }
  `,
  resolvers: {
    Query: {
      async placesNear(_parent: unknown, args: Args) {
        validate(args);
        const center = { latitude: args.lat, longitude: args.lng };
        const locale = args.locale ?? undefined;
        const places = strapi.documents(PLACE);

        const candidates = await places.findMany({
          locale,
          status: 'published',
          fields: ['slug'],
          populate: { geo: { fields: ['latitude', 'longitude'] } },
          filters: { ...(args.includeSamples ? {} : { isSample: false }), geo: boundingBoxFilter(center, args.radiusKm) },
        });

        const nearest = candidates
          .flatMap(({ documentId, slug, geo }) => (isPoint(geo) && slug ? [{ documentId, slug, geo }] : []))
          .map((place) => ({ place, distanceKm: haversineKm(center, place.geo) }))
          .filter(({ distanceKm }) => distanceKm <= args.radiusKm)
          .sort((a, b) => a.distanceKm - b.distanceKm || (a.place.slug < b.place.slug ? -1 : 1))
          .slice(0, args.limit ?? DEFAULT_LIMIT);
        if (nearest.length === 0) return [];

        const full = await places.findMany({
          locale,
          status: 'published',
          filters: { documentId: { $in: nearest.map(({ place }) => place.documentId) } },
        });
        const byId = new Map(full.map((place) => [place.documentId, place]));
        // A place unpublished between the two reads is left out rather than answered as null.
        return nearest.flatMap(({ place, distanceKm }) => {
          const entry = byId.get(place.documentId);
          return entry ? [{ distanceKm, place: entry }] : [];
        });
      },
    },
  },
  resolversConfig: {
    // Whoever may list places may ask for them by distance: the Public role and partner tokens.
    'Query.placesNear': { auth: { scope: [`${PLACE}.find`] } },
  },
});
