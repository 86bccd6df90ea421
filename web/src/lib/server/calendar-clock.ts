import { berlinDate, berlinDateTime } from '$lib/format';
import { recordValidUntil } from './cache/tags';

/** A day (an ISO date) `days` days later. */
export const addDays = (day: string, days = 1) => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
};

/** What a clock in Berlin shows at an instant: `{ date: '2027-06-12', time: '14:00' }`. */
export const berlinClock = (instant: string | Date) => {
  const local = berlinDateTime(new Date(instant).toISOString());
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
};

const HOUR_MS = 3_600_000;

/**
 * The instant at which a clock in Berlin shows `date` and `time` (ISO, UTC), or null for no such
 * day or time. Berlin is UTC+2 in summer and UTC+1 in winter: of the two, the one whose Berlin
 * clock reads back the same is it; in the autumn's doubled hour the first. A time the spring
 * skips (02:30) does not exist, and is taken as the clock reads an hour later.
 */
export const berlinInstant = (date: string, time: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 10) !== date) return null;
  for (const offset of [2, 1]) {
    const candidate = new Date(asUtc - offset * HOUR_MS);
    const back = berlinClock(candidate);
    if (back.date === date && back.time === time) return candidate.toISOString();
  }
  return new Date(asUtc - HOUR_MS).toISOString();
};

/** The instant a day (an ISO date) begins in Berlin: midnight, which Berlin's clock changes never skip. */
export const berlinMidnight = (day: string) => new Date(berlinInstant(day, '00:00') ?? Number.NaN);

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
