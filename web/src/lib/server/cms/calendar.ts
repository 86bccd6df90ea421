import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import { CalendarMeetingBySlugDocument, CalendarMeetingsDocument, type CalendarMeetingFragment } from './generated/graphql';
import { localizedList, type Localized } from './localized-list';
import { allPages, pageOf } from './paging';
import { sampleFilter, visible } from './samples';

const calendarMeetings = operation(CalendarMeetingsDocument);
const calendarMeeting = operation(CalendarMeetingBySlugDocument);

export type CalendarMeeting = Localized<{
  slug: string;
  title: string;
  summary: string | null;
  startsAt: string;
  endsAt: string | null;
  location: string;
}>;

const toCalendarMeeting = (meeting: Localized<CalendarMeetingFragment>, samples: boolean): CalendarMeeting[] => {
  if (!meeting.startsAt) return [];
  const venue = visible(meeting.venuePartner, samples) ?? visible(meeting.venuePlace, samples);
  const { address } = meeting;
  const location = [venue?.name, address?.street, [address?.postalCode, address?.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const { slug, title, summary, startsAt, endsAt, contentLocale } = meeting;
  return [{ slug, title, summary, startsAt, endsAt, location, contentLocale }];
};

/** Every meeting with a date, earliest first, past ones included: a calendar keeps its history. */
export const getCalendarMeetings = async (locale: Locale, samples: boolean) => {
  const filters = { and: [{ startsAt: { notNull: true } }, ...sampleFilter(samples)] };
  const meetings = await localizedList(locale, (locale) =>
    allPages(async (page) => pageOf((await calendarMeetings({ filters, page, locale })).meetings_connection)),
  );
  return meetings.flatMap((meeting) => toCalendarMeeting(meeting, samples));
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
