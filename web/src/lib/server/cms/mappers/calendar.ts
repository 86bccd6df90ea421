import { MEETING_KIND } from '$lib/calendar';
import type { Locale } from '$lib/i18n/locale';
import type { CalendarEntry } from '$lib/types';
import type { CalendarListEventFragment, CalendarListMeetingFragment } from '../generated/graphql';
import { visible } from '../samples';
import { toEventTeaser } from './event';
import { meetingVenue } from './meeting';

export const eventEntry = (event: CalendarListEventFragment, contentLocale: Locale, showSamples: boolean): CalendarEntry => {
  // A single relation cannot be filtered in the query, so a hidden sample place is dropped here.
  const place = visible(event.place, showSamples);
  return {
    ...toEventTeaser(event),
    href: `/termine/${event.slug}`,
    venue: place && { name: place.name, href: `/orte/${place.slug}` },
    town: place?.address?.town ?? null,
    region: place?.region?.name ?? null,
    contentLocale,
  };
};

/** A meeting's entry; the calendar lists dated meetings only, so an undated one has none. */
export const meetingEntry = (meeting: CalendarListMeetingFragment, contentLocale: Locale, showSamples: boolean): CalendarEntry[] =>
  meeting.startsAt
    ? [
        {
          slug: meeting.slug,
          title: meeting.title,
          href: `/treffen/${meeting.slug}`,
          kind: MEETING_KIND,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          allDay: false,
          isSample: meeting.isSample,
          venue: meetingVenue(meeting, showSamples),
          town: meeting.address?.town ?? null,
          region: meeting.region?.name ?? null,
          contentLocale,
        },
      ]
    : [];
