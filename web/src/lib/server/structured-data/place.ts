import type { Place, WithContext } from 'schema-dts';
import type { PlaceProfile } from '../cms/mappers/place';

type Located = Pick<PlaceProfile, 'location' | 'street' | 'postalCode' | 'town' | 'district' | 'geo'>;

/** A place's coordinates and postal address, as far as they are known: for its own Place and an event's location. */
export const whereabouts = (place: Located): Pick<Exclude<Place, string>, 'geo' | 'address'> => ({
  ...(place.geo ? { geo: { '@type': 'GeoCoordinates', latitude: place.geo.latitude, longitude: place.geo.longitude } } : {}),
  ...(place.location
    ? {
        address: {
          '@type': 'PostalAddress',
          ...(place.street ? { streetAddress: place.street } : {}),
          ...(place.postalCode ? { postalCode: place.postalCode } : {}),
          ...(place.town ? { addressLocality: place.town } : {}),
          ...(place.district ? { addressRegion: place.district } : {}),
          addressCountry: 'DE',
        },
      }
    : {}),
});

export const placeJsonLd = (place: PlaceProfile, { url, shareImage }: { url: string; shareImage: string }): WithContext<Place> => ({
  '@context': 'https://schema.org',
  '@type': 'Place',
  // People link to their places by this id (person.ts).
  '@id': url,
  name: place.name,
  description: place.seo.description,
  url,
  // The cover is the real photograph; places without one still get the branded share image.
  image: place.cover?.src ?? shareImage,
  ...whereabouts(place),
});
