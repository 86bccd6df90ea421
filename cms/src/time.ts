/** A day in milliseconds: what retention periods and daily limits count in. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The calendar day in Berlin at `now`, as `YYYY-MM-DD`: what date fields such as a notice's `expiresOn` are compared with. */
export const berlinDay = (now: Date) => BERLIN_DAY.format(now);

/** The day before or after a `YYYY-MM-DD` day, by the calendar (no clock, so no summer time involved). */
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const HOUR_MS = 60 * 60 * 1000;

/** The instant a day (`YYYY-MM-DD`) begins in Berlin: UTC+1 in winter, UTC+2 in summer, whichever reads back as that day's midnight. */
export const berlinMidnight = (day: string) => {
  const utc = Date.parse(`${day}T00:00:00Z`);
  const summer = new Date(utc - 2 * HOUR_MS);
  return berlinDay(summer) === day ? summer : new Date(utc - HOUR_MS);
};
