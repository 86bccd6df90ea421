/** A day in milliseconds: what retention periods and daily limits count in. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const berlinDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (an ISO date, `2026-12-06`) a clock in Berlin shows at an instant: what date fields like `expiresOn` mean. */
export const berlinDay = (instant: Date) => berlinDays.format(instant);

/** A day (an ISO date) `days` days later, or earlier for a negative number. */
export const addDays = (day: string, days: number) => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
};

const HOUR_MS = 60 * 60 * 1000;

/** The instant a day (an ISO date) begins in Berlin: UTC+1 in winter, UTC+2 in summer, whichever reads back as that day's midnight. */
export const berlinMidnight = (day: string) => {
  const utc = Date.parse(`${day}T00:00:00Z`);
  const summer = new Date(utc - 2 * HOUR_MS);
  return berlinDay(summer) === day ? summer : new Date(utc - HOUR_MS);
};
