import { berlinDate } from '$lib/format';
import { recordValidUntil } from './cache/tags';

/** A day (an ISO date) `days` days later. */
export const addDays = (day: string, days = 1) => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
};

/**
 * The instant a day (an ISO date) begins in Berlin. Germany changes its clocks at 2 or 3 o'clock,
 * so midnight is always there once: 23:00 UTC of the day before in winter, 22:00 in summer.
 */
export const berlinMidnight = (day: string) => {
  const summer = new Date(`${addDays(day, -1)}T22:00:00Z`);
  return berlinDate(summer.toISOString()) === day ? summer : new Date(`${addDays(day, -1)}T23:00:00Z`);
};

/** The instant an entry is over: its end (or start), or for an all-day one the end of its last day in Berlin. */
export const overAt = ({ startsAt, endsAt, allDay = false }: { startsAt: string | null; endsAt: string | null; allDay?: boolean | null }) => {
  const end = endsAt ?? startsAt;
  if (!end) return null;
  return allDay ? berlinMidnight(addDays(berlinDate(end))) : new Date(end);
};

/** The calendar's clock moves in steps of five minutes. */
const STEP_MS = 5 * 60_000;

/**
 * "Now" for the calendar's lists: the start of the current five-minute step, so that every render
 * within a step asks the CMS the same (one cached answer), and a timed entry leaves the upcoming
 * list at most five minutes after it ended; `today`, the start of the day in Berlin, for all-day
 * events, which last until their last day is over. Reading the clock tells the render under way
 * that its page holds until the step ends (cache/tags.ts): the page cache renders it anew then.
 */
export const calendarClock = (at = new Date()) => {
  const step = Math.floor(at.getTime() / STEP_MS) * STEP_MS;
  recordValidUntil(step + STEP_MS);
  const now = new Date(step).toISOString();
  return { now, today: berlinMidnight(berlinDate(now)).toISOString() };
};

export type CalendarClock = ReturnType<typeof calendarClock>;

/** The instants a month (`2027-07`) of Berlin's calendar begins and ends (the next one's start). */
export const monthBounds = (month: string) => {
  const [year, number] = month.split('-').map(Number);
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  return { from: berlinMidnight(`${month}-01`).toISOString(), to: berlinMidnight(`${next}-01`).toISOString() };
};
