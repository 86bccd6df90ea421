import type { Core } from '@strapi/strapi';
import { PLACE } from '../content-types';
import { HUBS, HUB_FIELDS, MAX_MINUTES } from '../reachability/hubs';
import { fieldError as error, type Data, type FieldError } from './params';

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

const checkRange = (data: Data): FieldError[] =>
  HUBS.flatMap(([field, town]) => {
    if (isEmpty(data[field])) return [];
    // REST callers may send the number as a string, which Strapi accepts.
    const minutes = Number(data[field]);
    return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES
      ? []
      : [error([field], `Die Fahrzeit ab ${town} in ganzen Minuten, von 1 bis ${MAX_MINUTES}; leer lassen, wenn sie nicht belegt ist.`)];
  });

/** The hub times and their basis after this write: the written ones, else the draft's. */
const timesAfter = async (strapi: Core.Strapi, data: Data, documentId?: string) => {
  const fields = [...HUB_FIELDS, 'hubTimesBasis'];
  const missing = fields.some((field) => data[field] === undefined);
  const stored: Data | null = missing && documentId
    ? await strapi.db.query(PLACE).findOne({ where: { documentId, publishedAt: null }, select: fields })
    : null;
  return Object.fromEntries(fields.map((field) => [field, data[field] === undefined ? stored?.[field] : data[field]]));
};

/**
 * A travel time means nothing without what it measures: the website says "station to station,
 * without transfer times" or nothing, so a place with times needs its basis.
 */
export const hubTimesProblems = async (strapi: Core.Strapi, data: Data, documentId?: string): Promise<FieldError[]> => {
  const range = checkRange(data);
  if (range.length) return range;
  // Only a write that touches the times or their basis can break the rule.
  if (![...HUB_FIELDS, 'hubTimesBasis'].some((field) => field in data)) return [];
  const after = await timesAfter(strapi, data, documentId);
  const hasTimes = HUB_FIELDS.some((field) => !isEmpty(after[field]));
  return hasTimes && !after.hubTimesBasis
    ? [error(['hubTimesBasis'], 'Bitte angeben, was die Fahrzeiten messen: von Bahnhof zu Bahnhof oder von Tür zu Tür.')]
    : [];
};
