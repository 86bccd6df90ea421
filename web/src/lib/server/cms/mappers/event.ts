import { formatEventDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import type { EventDetail, EventTeaser } from '$lib/types';
import type { EventPageFragment, EventTeaserFragment } from '../generated/graphql';
import { visible } from '../samples';
import { toBlocks } from './blocks';
import { excerpt } from './excerpt';
import { locationLine } from './place';
import { registrationHref } from './safe-href';

type Options = { showSamples: boolean; now: Date; contentLocale: Locale };

export const toEventTeaser = ({ slug, title, kind, startsAt, endsAt, allDay, isSample }: EventTeaserFragment): EventTeaser => ({
  slug,
  title,
  kind,
  startsAt,
  endsAt,
  allDay,
  isSample,
});

export const toEventDetail = (event: EventPageFragment, { showSamples, now, contentLocale }: Options): EventDetail => {
  const description = toBlocks(event.description);
  // A single relation cannot be filtered in the query, so a hidden sample place is dropped here.
  const place = visible(event.place, showSamples);
  const when = formatEventDate(contentLocale, event);
  const kind = label(messages[contentLocale].labels.eventKind, event.kind);
  return {
    ...toEventTeaser(event),
    description,
    registrationUrl: registrationHref(event.registrationUrl, event, now),
    price: event.price || null,
    accessibility: event.accessibility || null,
    place: place && {
      slug: place.slug,
      name: place.name,
      location: locationLine(place.address),
      street: place.address?.street ?? null,
      postalCode: place.address?.postalCode ?? null,
      town: place.address?.town ?? null,
      district: place.address?.district ?? null,
      region: place.region ? { slug: place.region.slug, name: place.region.name } : null,
      geo: place.geo ?? null,
    },
    seo: {
      title: event.title,
      description: excerpt(description) || [`${kind}: ${when}`, place?.name].filter(Boolean).join(', '),
    },
  };
};
