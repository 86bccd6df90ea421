import type { Event, Offer, WithContext } from 'schema-dts';
import { berlinDate, berlinDateTime } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import type { EventDetail } from '$lib/types';
import { whereabouts } from './place';

type Options = { url: string; shareImage: string; placeUrl: (slug: string) => string; inLanguage: Locale };

/** An all-day event's days are dates (its last day inclusive); a timed one's instants carry Berlin's offset. */
const when = (event: EventDetail, instant: string) => (event.allDay ? berlinDate(instant) : berlinDateTime(instant));

/**
 * An event at a place, which is its location and organizer. The price is free text ("90 €,
 * ermäßigt 60 €"), which Offer.price cannot hold, so it goes into the offer's description.
 */
export const eventJsonLd = (event: EventDetail, { url, shareImage, placeUrl, inLanguage }: Options): WithContext<Event> => {
  const { place } = event;
  const offer: Offer | null =
    event.price || event.registrationUrl
      ? {
          '@type': 'Offer',
          ...(event.registrationUrl ? { url: event.registrationUrl } : {}),
          ...(event.price ? { description: event.price } : {}),
        }
      : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.seo.description,
    url,
    image: shareImage,
    inLanguage,
    startDate: when(event, event.startsAt),
    ...(event.endsAt ? { endDate: when(event, event.endsAt) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    ...(place
      ? {
          location: { '@type': 'Place', name: place.name, url: placeUrl(place.slug), ...whereabouts(place) },
          organizer: { '@type': 'Organization', name: place.name, url: placeUrl(place.slug) },
        }
      : {}),
    ...(offer ? { offers: offer } : {}),
  };
};
