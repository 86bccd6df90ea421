import type { Core } from '@strapi/strapi';
import { EVENT, PLACE } from '../content-types';
import { connectedIn, fieldError as error, willBeSet, type Data, type FieldError } from './params';

const YEARS_AHEAD = 3;
/** `/termine/archiv` is the calendar's archive page, which a slug of that name would hide. */
const RESERVED_SLUGS = new Set(['archiv']);

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

const checkTimes = ({ startsAt, endsAt, allDay }: { startsAt?: number; endsAt?: number; allDay: boolean }, now: Date): FieldError[] => {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + YEARS_AHEAD);
  return [
    ...(startsAt !== undefined && startsAt > latest.getTime()
      ? [error(['startsAt'], `Der Beginn darf höchstens ${YEARS_AHEAD} Jahre in der Zukunft liegen.`)]
      : []),
    // An all-day event may end on the day it starts; a timed one must end after it starts.
    ...(startsAt !== undefined && endsAt !== undefined && (allDay ? endsAt < startsAt : endsAt <= startsAt)
      ? [error(['endsAt'], 'Das Ende muss nach dem Beginn liegen.')]
      : []),
  ];
};

const checkPlace = async (strapi: Core.Strapi, data: Data, creating: boolean): Promise<FieldError[]> => {
  const set = willBeSet(data.place);
  if (set === false || (creating && set === undefined)) return [error(['place'], 'Bitte den Kreativort wählen, an dem der Termin stattfindet.')];
  for (const { documentId, id } of connectedIn(data.place)) {
    const found = await strapi.db.query(PLACE).findOne({ where: documentId ? { documentId } : { id }, select: ['id'] });
    if (!found) return [error(['place'], 'Diesen Kreativort gibt es nicht (mehr). Bitte einen vorhandenen wählen.')];
  }
  return [];
};

const checkSlug = (data: Data) =>
  typeof data.slug === 'string' && RESERVED_SLUGS.has(data.slug)
    ? [error(['slug'], `Der Slug „${data.slug}“ ist für eine Seite der Website reserviert. Bitte einen anderen wählen.`)]
    : [];

/** An event ends after it starts, starts within three years, and happens at a place that exists. */
export const eventProblems = async (strapi: Core.Strapi, data: Data, documentId: string | undefined, creating: boolean) => [
  ...checkSlug(data),
  ...checkTimes(await timesAfter(strapi, data, documentId), new Date()),
  ...(await checkPlace(strapi, data, creating)),
];
