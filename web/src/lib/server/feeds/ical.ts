/** iCalendar (RFC 5545) output: just what a published calendar of meetings and events needs. */

import { berlinDate } from '$lib/format';
import { addDays } from '../calendar-clock';

export type CalendarEvent = {
  /** Globally unique and stable across updates, e.g. `<slug>@<host>`. */
  uid: string;
  start: Date;
  end: Date | null;
  /** Whole days in Berlin, from the start's day to the end's day (inclusive), without times. */
  allDay?: boolean;
  title: string;
  description: string | null;
  location: string | null;
  url: string;
};

export type Calendar = {
  /** Shown by calendar apps as the subscribed calendar's name. */
  name: string;
  events: CalendarEvent[];
  /** When this iCalendar object was made, the DTSTAMP of every event (RFC 5545 3.8.7.2 with METHOD). */
  stamp: Date;
};

const encoder = new TextEncoder();

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`,
 * other control characters, which TEXT may not hold, dropped.
 */
export const escapeText = (value: string) =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1): each continuation starts
 * with one space. Counted in UTF-8 octets, and never inside a character, so that "ü" survives.
 */
export const foldLine = (line: string) => {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
};

/** A DATE-TIME in UTC (form 2), so no VTIMEZONE is needed: 20270312T120000Z. */
export const utcDateTime = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** URIs are not TEXT and are not escaped; a control character or space in one cannot be valid. */
const uri = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, (c) => encodeURIComponent(c));

/** A DATE value: 20270705. */
const date = (day: string) => day.replace(/-/g, '');

/**
 * An all-day event's days as DATE values, which every calendar app shows on those days wherever
 * it is: DTEND is exclusive (RFC 5545 3.6.1), the day after the last one.
 */
const allDayDates = (e: CalendarEvent) => {
  const first = berlinDate(e.start.toISOString());
  const last = e.end && e.end > e.start ? berlinDate(e.end.toISOString()) : first;
  return [`DTSTART;VALUE=DATE:${date(first)}`, `DTEND;VALUE=DATE:${date(addDays(last))}`];
};

const dateTimes = (e: CalendarEvent) => [
  `DTSTART:${utcDateTime(e.start)}`,
  // Without DTEND a DATE-TIME start means an event of no duration (RFC 5545 3.6.1); an end at or
  // before the start would make the event invalid, so it is left out as well.
  ...(e.end && e.end > e.start ? [`DTEND:${utcDateTime(e.end)}`] : []),
];

const event = (e: CalendarEvent, stamp: Date) => [
  'BEGIN:VEVENT',
  `UID:${escapeText(e.uid)}`,
  `DTSTAMP:${utcDateTime(stamp)}`,
  ...(e.allDay ? allDayDates(e) : dateTimes(e)),
  `SUMMARY:${escapeText(e.title)}`,
  ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
  ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
  `URL:${uri(e.url)}`,
  'END:VEVENT',
];

/** A VCALENDAR for publishing (METHOD:PUBLISH), CRLF line endings throughout. */
export const calendar = ({ name, events, stamp }: Calendar) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kreativorte im Gruenen//Website//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    // Subscribed calendars poll: twice a day is plenty for dates announced weeks ahead (RFC 7986).
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...events.flatMap((e) => event(e, stamp)),
    'END:VCALENDAR',
  ]
    .map(foldLine)
    .join('\r\n') + '\r\n';
