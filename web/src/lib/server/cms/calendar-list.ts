import type { Locale } from '$lib/i18n/locale';
import type { CalendarEntry, CalendarParams } from '$lib/types';
import { calendarClock } from '../calendar-clock';
import { config } from '../config';
import { calendarFilters, type CalendarPart } from './calendar-filters';
import { operation } from './client';
import { CalendarListDocument, type CalendarListEventFragment, type CalendarListMeetingFragment } from './generated/graphql';
import { eventEntry, meetingEntry } from './mappers/calendar';
import { assertKnownOptions, getFilterOptions } from './places';

const list = operation(CalendarListDocument);

export const CALENDAR_PAGE_SIZE = 20;

/** The page size of CalendarList's two lists. */
const CHUNK = 50;

const SORT: Record<CalendarPart, string[]> = { upcoming: ['startsAt:asc', 'slug:asc'], past: ['startsAt:desc', 'slug:asc'] };

type Filters = ReturnType<typeof calendarFilters>;

/**
 * The first `skip + count` events and meetings (or all, if fewer), each type in the order of
 * `part`, and how many there are: the merged list's entries from `skip` on are among the first of
 * each. The CMS answers both types in one request, CHUNK of each at a time; a page past the end
 * costs the first request only.
 */
const firstOfEach = async (filters: Filters, part: CalendarPart, skip: number, count: number) => {
  const events: CalendarListEventFragment[] = [];
  const meetings: CalendarListMeetingFragment[] = [];
  const totals = { events: 0, meetings: 0 };
  for (let page = 1; (page - 1) * CHUNK < skip + count; page += 1) {
    if (page > 1 && skip >= totals.events + totals.meetings) break;
    const withEvents = filters.events !== null && (page === 1 || events.length < totals.events);
    const withMeetings = filters.meetings !== null && (page === 1 || meetings.length < totals.meetings);
    if (!withEvents && !withMeetings) break;
    const data = await list({ events: filters.events, meetings: filters.meetings, withEvents, withMeetings, sort: SORT[part], page, locale: 'de' });
    events.push(...(data.events_connection?.nodes ?? []));
    meetings.push(...(data.meetings_connection?.nodes ?? []));
    if (page === 1) Object.assign(totals, { events: data.events_connection?.pageInfo.total ?? 0, meetings: data.meetings_connection?.pageInfo.total ?? 0 });
  }
  return { events, meetings, total: totals.events + totals.meetings };
};

/** The entries in the language of the page, where they have been translated: one request for the page's entries. */
const translated = async (entries: CalendarEntry[], locale: Locale, showSamples: boolean) => {
  if (locale === 'de' || !entries.length) return entries;
  const slugs = (meetings: boolean) => entries.filter((e) => e.href.startsWith('/treffen/') === meetings).map((e) => e.slug);
  const [eventSlugs, meetingSlugs] = [slugs(false), slugs(true)];
  const data = await list({
    events: { slug: { in: eventSlugs } },
    meetings: { slug: { in: meetingSlugs } },
    withEvents: eventSlugs.length > 0,
    withMeetings: meetingSlugs.length > 0,
    sort: SORT.upcoming,
    page: 1,
    locale,
  });
  const own = new Map(
    [
      ...(data.events_connection?.nodes ?? []).map((e) => eventEntry(e, locale, showSamples)),
      ...(data.meetings_connection?.nodes ?? []).flatMap((m) => meetingEntry(m, locale, showSamples)),
    ].map((entry) => [entry.href, entry]),
  );
  return entries.map((entry) => own.get(entry.href) ?? entry);
};

/**
 * One page of the calendar: events and meetings merged, upcoming soonest first or past most recent
 * first, with the filter options. German decides what is listed, as in every list; an unknown
 * region or theme is an InvalidParamError, like a malformed one.
 */
export const getCalendarPage = async (params: CalendarParams, part: CalendarPart, locale: Locale) => {
  const { showSamples } = config();
  const filters = calendarFilters(params, { part, clock: calendarClock() }, showSamples);
  const start = (params.page - 1) * CALENDAR_PAGE_SIZE;
  const [found, options] = await Promise.all([firstOfEach(filters, part, start, CALENDAR_PAGE_SIZE), getFilterOptions(locale)]);
  assertKnownOptions(params, options);
  const direction = part === 'upcoming' ? 1 : -1;
  const merged = [
    ...found.events.map((e) => eventEntry(e, 'de', showSamples)),
    ...found.meetings.flatMap((m) => meetingEntry(m, 'de', showSamples)),
    // A stable sort keeps each type's own order (by slug) among entries that start together.
  ].sort((a, b) => direction * (Date.parse(a.startsAt) - Date.parse(b.startsAt)));
  return {
    entries: await translated(merged.slice(start, start + CALENDAR_PAGE_SIZE), locale, showSamples),
    total: found.total,
    page: params.page,
    pageCount: Math.ceil(found.total / CALENDAR_PAGE_SIZE),
    ...options,
  };
};
