import type { Locale } from '$lib/i18n/locale';
import type { CalendarParams } from '$lib/types';
import { config } from '../config';
import { calendarFilters } from './calendar-filters';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import {
  CalendarEventBySlugDocument,
  CalendarEventsDocument,
  CalendarMeetingBySlugDocument,
  CalendarMeetingsDocument,
  CalendarPlaceDocument,
  type CalendarEventFragment,
  type CalendarMeetingFragment,
  type EventFiltersInput,
  type MeetingFiltersInput,
} from './generated/graphql';
import { localizedList, type Localized } from './localized-list';
import { toBlocks } from './mappers/blocks';
import { excerpt } from './mappers/excerpt';
import { allPages, pageOf } from './paging';
import { assertKnownOptions, getFilterOptions } from './places';
import { sampleFilter, visible } from './samples';

const calendarMeetings = operation(CalendarMeetingsDocument);
const calendarMeeting = operation(CalendarMeetingBySlugDocument);
const calendarEvents = operation(CalendarEventsDocument);
const calendarEvent = operation(CalendarEventBySlugDocument);
const calendarPlace = operation(CalendarPlaceDocument);

/** A meeting or an event as a calendar feed shows it. */
export type CalendarItem = Localized<{
  slug: string;
  title: string;
  summary: string | null;
  startsAt: string;
  endsAt: string | null;
  allDay: boolean;
  location: string;
}>;

type Address = { street?: string | null; postalCode?: string | null; town?: string | null } | null | undefined;

/** "Alte Molkerei Kalbe, Hauptstraße 1, 39624 Kalbe (Milde)", leaving out what is missing. */
const locationOf = (name: string | undefined, address: Address) =>
  [name, address?.street, [address?.postalCode, address?.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');

const toCalendarMeeting = (meeting: Localized<CalendarMeetingFragment>, samples: boolean): CalendarItem[] => {
  if (!meeting.startsAt) return [];
  const venue = visible(meeting.venuePartner, samples) ?? visible(meeting.venuePlace, samples);
  const { slug, title, summary, startsAt, endsAt, contentLocale } = meeting;
  return [{ slug, title, summary, startsAt, endsAt, allDay: false, location: locationOf(venue?.name, meeting.address), contentLocale }];
};

/** The first lines of an event's description stand in for a meeting's summary. */
const SUMMARY_LENGTH = 300;

const toCalendarEvent = (event: Localized<CalendarEventFragment>, samples: boolean): CalendarItem => {
  const place = visible(event.place, samples);
  const { slug, title, startsAt, endsAt, allDay, contentLocale } = event;
  const summary = excerpt(toBlocks(event.description), SUMMARY_LENGTH) || null;
  return { slug, title, summary, startsAt, endsAt, allDay, location: locationOf(place?.name, place?.address), contentLocale };
};

/** The dated meetings that match `filters`, earliest first, past ones included: a calendar keeps its history. */
const meetingsWhere = async (locale: Locale, filters: MeetingFiltersInput, samples: boolean) => {
  const meetings = await localizedList(locale, (locale) =>
    allPages(async (page) => pageOf((await calendarMeetings({ filters, page, locale })).meetings_connection)),
  );
  return meetings.flatMap((meeting) => toCalendarMeeting(meeting, samples));
};

/** The events that match `filters`, earliest first, past ones included. */
const eventsWhere = async (locale: Locale, filters: EventFiltersInput, samples: boolean) => {
  const events = await localizedList(locale, (locale) => allPages(async (page) => pageOf((await calendarEvents({ filters, page, locale })).events_connection)));
  return events.map((event) => toCalendarEvent(event, samples));
};

/** Every meeting with a date (/treffen.ics). */
export const getCalendarMeetings = (locale: Locale, samples: boolean) =>
  meetingsWhere(locale, { and: [{ startsAt: { notNull: true } }, ...sampleFilter(samples)] }, samples);

/**
 * The calendar's meetings and events with its filters (/termine.ics), past ones included; an
 * unknown region or theme is an InvalidParamError, as on the page.
 */
export const getCalendarFeed = async (params: CalendarParams, locale: Locale, samples: boolean) => {
  const { events, meetings } = calendarFilters(params, null, samples);
  const [options, eventItems, meetingItems] = await Promise.all([
    getFilterOptions(locale),
    events ? eventsWhere(locale, events, samples) : [],
    meetings ? meetingsWhere(locale, meetings, samples) : [],
  ]);
  assertKnownOptions(params, options);
  return { events: eventItems, meetings: meetingItems };
};

/**
 * A place's events, past ones included (/orte/<slug>/termine.ics), or null for an unknown place. A
 * sample follows SHOW_SAMPLES like the place's profile, which links here.
 */
export const getPlaceCalendar = async (slug: string, locale: Locale) => {
  const { showSamples } = config();
  const filters: EventFiltersInput = { and: [...sampleFilter(showSamples), { place: { slug: { eq: slug } } }] };
  const [found, events] = await Promise.all([calendarPlace({ slug }), eventsWhere(locale, filters, showSamples)]);
  const place = visible(found.places[0], showSamples);
  return place && { name: place.name, events };
};

/**
 * One meeting's calendar entry, shown wherever its page is: a sample follows SHOW_SAMPLES like
 * the page, so that the page's calendar button always works. Undated meetings have none.
 */
export const getCalendarMeeting = async (slug: string, locale: Locale) => {
  const data = await calendarMeeting({ slug, ...withGerman(locale) });
  const result = inLocaleOrGerman(locale, visible(data.meetings[0]), visible(data.german?.[0]));
  return result ? (toCalendarMeeting({ ...result.content, contentLocale: result.contentLocale }, config().showSamples)[0] ?? null) : null;
};

/** One event's calendar entry, wherever its page is shown (a sample following SHOW_SAMPLES like the page). */
export const getCalendarEvent = async (slug: string, locale: Locale) => {
  const data = await calendarEvent({ slug, ...withGerman(locale) });
  const result = inLocaleOrGerman(locale, visible(data.events[0]), visible(data.german?.[0]));
  return result && toCalendarEvent({ ...result.content, contentLocale: result.contentLocale }, config().showSamples);
};
