import type { Core } from '@strapi/strapi';
import { NOTICE } from '../content-types';
import { fitsDirection, isDirection } from '../notices/kinds';
import { addDays, berlinDay } from '../time';
import { fieldError as error, type Data, type FieldError } from './params';
import { placeProblems } from './place-relation';

/** How far ahead an entry may run: a board of two-year-old wishes helps nobody. */
export const YEARS_AHEAD = 2;

const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);
const isEmpty = (value: unknown) => value === null || value === '';

/** The notice's fields after this write: the written ones, else the draft's (its non-localized fields are the same in every locale). */
const valuesAfter = async (strapi: Core.Strapi, data: Data, documentId?: string) => {
  const fields = ['direction', 'kind', 'addedOn', 'expiresOn'] as const;
  const stored: Partial<Record<(typeof fields)[number], unknown>> | null =
    documentId && fields.some((field) => data[field] === undefined)
      ? await strapi.db.query(NOTICE).findOne({ where: { documentId, publishedAt: null }, select: [...fields] })
      : null;
  const after = (field: (typeof fields)[number]) => (data[field] === undefined ? stored?.[field] : data[field]);
  return { direction: after('direction'), kind: after('kind'), addedOn: day(after('addedOn')), expiresOn: day(after('expiresOn')) };
};

/**
 * A notice's kind fits its direction, it belongs to a place that exists, it has the day it was
 * added (today in Berlin when a new one leaves it out, which sets it in `data`) and it does not
 * expire before it was added nor more than two years ahead.
 */
export const noticeProblems = async (strapi: Core.Strapi, data: Data, documentId: string | undefined, creating: boolean, now = new Date()) => {
  const today = berlinDay(now);
  const found: FieldError[] = [];
  if (creating && (data.addedOn === undefined || isEmpty(data.addedOn))) data.addedOn = today;
  else if (isEmpty(data.addedOn)) found.push(error(['addedOn'], 'Bitte das Datum angeben, an dem der Eintrag eingestellt wurde.'));
  const { direction, kind, addedOn, expiresOn } = await valuesAfter(strapi, data, documentId);
  if (isDirection(direction) && kind !== undefined && !fitsDirection(direction, kind)) {
    found.push(
      error(['kind'], direction === 'seeking'
        ? 'Diese Art passt zu einem Angebot, nicht zu einem Gesuch. Bitte eine Art für Gesuchtes wählen oder die Richtung ändern.'
        : 'Diese Art passt zu einem Gesuch, nicht zu einem Angebot. Bitte eine Art für Angebotenes wählen oder die Richtung ändern.'),
    );
  }
  if (expiresOn && addedOn && expiresOn < addedOn) found.push(error(['expiresOn'], 'Der Eintrag kann nicht ablaufen, bevor er eingestellt wurde.'));
  else if (data.expiresOn !== undefined && expiresOn && expiresOn > addDays(today, YEARS_AHEAD * 366)) {
    found.push(error(['expiresOn'], `Das Ablaufdatum darf höchstens ${YEARS_AHEAD} Jahre in der Zukunft liegen.`));
  }
  found.push(...(await placeProblems(strapi, data, creating, 'Bitte den Kreativort wählen, der sucht oder anbietet.')));
  return found;
};
