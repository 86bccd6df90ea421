import { MEETING_KIND } from '$lib/calendar';
import type { CalendarParams } from '$lib/types';
import { monthBounds, type CalendarClock } from '../calendar-clock';
import type { EventFiltersInput, MeetingFiltersInput } from './generated/graphql';
import { atPlace, regionAndChildren } from './places';
import { sampleFilter } from './samples';

/** Which part of the calendar: what is not over yet, or the archive of what is. */
export type CalendarPart = 'upcoming' | 'past';

/**
 * Not over at `instant`: ending at or after it, or starting then (the end is never before the
 * start; without an end, the comparison with it matches nothing and the start decides).
 */
export const notOver = (instant: string) => ({ or: [{ endsAt: { gte: instant } }, { startsAt: { gte: instant } }] });

/** Over before `instant`, the opposite of `notOver`, written out: NOT on a NULL comparison is no match in SQL. */
const overBefore = (instant: string) => ({ or: [{ endsAt: { lt: instant } }, { and: [{ endsAt: { null: true } }, { startsAt: { lt: instant } }] }] });

const inPart = (part: CalendarPart, instant: string) => (part === 'upcoming' ? notOver(instant) : overBefore(instant));

/**
 * An event is upcoming until its end (or its start, without one). An all-day event's `endsAt` is a
 * moment on its last day, so it lasts until that day is over in Berlin: it counts from `today`.
 */
const eventsIn = (part: CalendarPart, { now, today }: CalendarClock): EventFiltersInput => ({
  or: [
    { and: [{ allDay: { eq: false } }, inPart(part, now)] },
    { and: [{ allDay: { eq: true } }, inPart(part, today)] },
  ],
});

/** Overlaps the month in Berlin: starts before it ends and is not over before it starts. */
const inMonth = (month: string) => {
  const { from, to } = monthBounds(month);
  return [{ startsAt: { lt: to } }, notOver(from)];
};

export type CalendarWhen = { part: CalendarPart; clock: CalendarClock } | null;

/**
 * The CMS filters of the calendar's events and meetings, or null for a type the filters leave out:
 * meetings have no kind of their own and no themes, events are no meetings. Events take their
 * place's region and themes; a region includes its child regions, as on /orte. `when` is null for
 * the feeds, which keep the past too.
 */
export const calendarFilters = (params: CalendarParams, when: CalendarWhen, samples?: boolean) => {
  const common = [...sampleFilter(samples), ...(params.month ? inMonth(params.month) : [])];
  const events: EventFiltersInput | null =
    params.kind === MEETING_KIND
      ? null
      : {
          and: [
            ...common,
            ...(when ? [eventsIn(when.part, when.clock)] : []),
            ...(params.kind ? [{ kind: { eq: params.kind } }] : []),
            ...atPlace(params),
          ],
        };
  const meetings: MeetingFiltersInput | null =
    params.theme || (params.kind && params.kind !== MEETING_KIND)
      ? null
      : {
          and: [
            ...common,
            { startsAt: { notNull: true } },
            ...(when ? [inPart(when.part, when.clock.now)] : []),
            ...(params.region ? [{ region: regionAndChildren(params.region) }] : []),
          ],
        };
  return { events, meetings };
};
