import type { Hub } from './hubs';
import type { Locale } from './i18n/locale';
import { messages } from './i18n/messages';
import type { EventTime } from './types';

const formats = (locale: Locale) => {
  const { intl } = messages[locale].format;
  return {
    date: new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
    time: new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }),
    // A month's name needs no time zone: the 15th is in the same month everywhere.
    month: new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
};
const byLocale = { de: formats('de'), en: formats('en') };

export const formatDate = (iso: string, locale: Locale) => byLocale[locale].date.format(new Date(iso));

/** A month (`2027-07`) by name: "Juli 2027". */
export const formatMonth = (month: string, locale: Locale) => byLocale[locale].month.format(new Date(`${month}-15T00:00:00Z`));

/** "12. März 2027, 13:00–17:00 Uhr"; an undated meeting says so instead. */
export const formatMeetingDate = (locale: Locale, startsAt: string | null, endsAt?: string | null) => {
  const f = messages[locale].format;
  if (!startsAt) return f.noDate;
  const { date, time } = byLocale[locale];
  const start = new Date(startsAt);
  const end = endsAt ? new Date(endsAt) : null;
  const day = date.format(start);
  if (!end) return `${day}, ${f.time(time.format(start))}`;
  return date.format(end) === day ? `${day}, ${f.time(`${time.format(start)}–${time.format(end)}`)}` : f.range(day, date.format(end));
};

export const formatMinutes = (minutes: number, locale: Locale) => {
  const f = messages[locale].format;
  return minutes < 60 ? f.minutes(minutes) : f.hours(Math.floor(minutes / 60), minutes % 60);
};

/** "ab Berlin ca. 2 Std. 20 Min.": a place's travel time from a hub. */
export const formatFromHub = (hub: Hub, minutes: number, locale: Locale) =>
  messages[locale].directory.fromHub(messages[locale].labels.hub[hub], formatMinutes(minutes, locale));

/** An event's dates in Europe/Berlin: whole days for an all-day event, else with its times. */
export const formatEventDate = (locale: Locale, { startsAt, endsAt, allDay }: EventTime) => {
  const f = messages[locale].format;
  const { date, time } = byLocale[locale];
  const start = new Date(startsAt);
  const end = endsAt ? new Date(endsAt) : null;
  const [firstDay, lastDay] = [date.format(start), end ? date.format(end) : null];
  if (allDay) return lastDay && lastDay !== firstDay ? f.range(firstDay, lastDay) : firstDay;
  if (!end || lastDay === null) return `${firstDay}, ${f.time(time.format(start))}`;
  if (lastDay === firstDay) return `${firstDay}, ${f.time(`${time.format(start)}–${time.format(end)}`)}`;
  return f.range(`${firstDay}, ${f.time(time.format(start))}`, `${lastDay}, ${f.time(time.format(end))}`);
};

const berlinParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

const partsOf = (iso: string) => Object.fromEntries(berlinParts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));

/** The day in Europe/Berlin of an instant, as an ISO date: 2027-07-05. */
export const berlinDate = (iso: string) => {
  const { year, month, day } = partsOf(iso);
  return `${year}-${month}-${day}`;
};

/** An instant as Berlin's local time with its offset: 2027-06-12T10:00:00+02:00. */
export const berlinDateTime = (iso: string) => {
  const { year, month, day, hour, minute, second, timeZoneName } = partsOf(iso);
  const offset = timeZoneName === 'GMT' ? '+00:00' : timeZoneName.replace('GMT', '');
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`;
};
