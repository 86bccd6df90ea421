import { berlinDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { berlinMidnight } from '../calendar-clock';
import { config } from '../config';
import { notOver } from './calendar-filters';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import { EventPageDocument, PlaceEventsDocument, type EventFiltersInput } from './generated/graphql';
import { localizedList } from './localized-list';
import { toEventDetail, toEventTeaser } from './mappers/event';
import { present } from './mappers/present';
import { sampleFilter, visible } from './samples';

const eventPage = operation(EventPageDocument);
const placeEvents = operation(PlaceEventsDocument);

/**
 * Where lists of upcoming events begin: midnight in Berlin of the visitor's day, so that an
 * all-day event stays listed through its last day (its end is that day's midnight) and the CMS
 * answer, cached per variables, is shared for the whole day. A timed event that ended earlier
 * today stays listed until the day is over (and the page cache's PAGE_CACHE_TTL_MS after that at most).
 */
export const upcomingSince = (now: Date) => berlinMidnight(berlinDate(now.toISOString())).toISOString();

/** An event's page in the visitor's language or else in German (`contentLocale`), in one request. */
export const getEvent = async (slug: string, now: Date, locale: Locale, preview = false) => {
  const data = await eventPage({ slug, ...withGerman(locale) }, { preview });
  const found = inLocaleOrGerman(locale, visible(data.events[0]), visible(data.german?.[0]));
  if (!found) return null;
  const { content, contentLocale } = found;
  return { content: toEventDetail(content, { showSamples: config().showSamples, now, contentLocale }), contentLocale };
};

/** A place's next events for its profile, soonest first; each in English where translated. */
export const getPlaceEvents = (placeSlug: string, now: Date, locale: Locale) => {
  const filters: EventFiltersInput = { and: [...sampleFilter(), { place: { slug: { eq: placeSlug } } }, notOver(upcomingSince(now))] };
  return localizedList(locale, async (contentLocale) => present((await placeEvents({ filters, locale: contentLocale })).events).map(toEventTeaser));
};
