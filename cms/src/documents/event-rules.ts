import type { Core } from '@strapi/strapi';
import { EVENT } from '../content-types';
import { fieldError as error, type Data, type FieldError } from './params';
import { placeProblems } from './place-relation';

const YEARS_AHEAD = 3;
/** `/termine/archiv` is the calendar's archive page, which a slug of that name would hide. */
export const RESERVED_SLUGS = new Set(['archiv']);

const instant = (value: unknown) => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : time;
};

/** The event's times after this write: the written ones, else the draft's. */
const timesAfter = async (strapi: Core.Strapi, data: Data, documentId?: string) => {
  const written = { startsAt: data.startsAt, endsAt: data.endsAt, allDay: data.allDay };
  const missing = Object.values(written).some((value) => value === undefined);
  const stored = missing && documentId
    ? await strapi.db.query(EVENT).findOne({ where: { documentId, publishedAt: null }, select: ['startsAt', 'endsAt', 'allDay'] })
    : null;
  return {
    startsAt: instant(written.startsAt === undefined ? stored?.startsAt : written.startsAt),
    endsAt: instant(written.endsAt === undefined ? stored?.endsAt : written.endsAt),
    allDay: (written.allDay === undefined ? stored?.allDay : written.allDay) === true,
  };
};

/** Why an event's times are refused; the edit link's intake (change-requests/event.ts) names the same codes. */
export type TimeProblem = { field: 'startsAt' | 'endsAt'; code: 'too_far_ahead' | 'ends_before_start'; message: string };

/** An event ends after it starts (an all-day one may end on its first day) and starts within three years. */
export const timeProblems = ({ startsAt, endsAt, allDay }: { startsAt?: number; endsAt?: number; allDay: boolean }, now: Date): TimeProblem[] => {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + YEARS_AHEAD);
  return [
    ...(startsAt !== undefined && startsAt > latest.getTime()
      ? [{ field: 'startsAt' as const, code: 'too_far_ahead' as const, message: `Der Beginn darf höchstens ${YEARS_AHEAD} Jahre in der Zukunft liegen.` }]
      : []),
    ...(startsAt !== undefined && endsAt !== undefined && (allDay ? endsAt < startsAt : endsAt <= startsAt)
      ? [{ field: 'endsAt' as const, code: 'ends_before_start' as const, message: 'Das Ende muss nach dem Beginn liegen.' }]
      : []),
  ];
};

const checkTimes = (times: { startsAt?: number; endsAt?: number; allDay: boolean }, now: Date): FieldError[] =>
  timeProblems(times, now).map(({ field, message }) => error([field], message));

const checkSlug = (data: Data) =>
  typeof data.slug === 'string' && RESERVED_SLUGS.has(data.slug)
    ? [error(['slug'], `Der Slug „${data.slug}“ ist für eine Seite der Website reserviert. Bitte einen anderen wählen.`)]
    : [];

/** An event ends after it starts, starts within three years, and happens at a place that exists. */
export const eventProblems = async (strapi: Core.Strapi, data: Data, documentId: string | undefined, creating: boolean) => [
  ...checkSlug(data),
  ...checkTimes(await timesAfter(strapi, data, documentId), new Date()),
  ...(await placeProblems(strapi, data, creating, 'Bitte den Kreativort wählen, an dem der Termin stattfindet.')),
];
