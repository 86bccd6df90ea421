import type { Locale } from './i18n/locale';
import { messages } from './i18n/messages';

const formats = (locale: Locale) => {
  const { intl } = messages[locale].format;
  return {
    date: new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
    time: new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }),
  };
};
const byLocale = { de: formats('de'), en: formats('en') };

export const formatDate = (iso: string, locale: Locale) => byLocale[locale].date.format(new Date(iso));

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
