import type { Core } from '@strapi/strapi';
import { notice as noticeLabels } from '../admin-labels/notice';
import { NOTICE, PLACE } from '../content-types';
import { berlinDay } from '../time';
import { HELD_NOTICES } from './held';
import { fitsDirection, isDirection, type NoticeDirection, type NoticeKind } from './kinds';

type Held = {
  id: number;
  place_document_id: string;
  locale: string;
  place_published_at: string | Date | number | null;
  place_created_at: string | Date | number | null;
  place_is_sample: boolean | number | null;
  direction: string;
  kind: string;
  text: string | null;
  expires_on: string | Date | null;
  position: number | null;
};

/** The German name of a kind, as the admin spells it out ("tenants = Mieter"): the text of an entry that had none. */
const KIND_NAMES = Object.fromEntries([...(noticeLabels.fields.kind?.description ?? '').matchAll(/(\w+) = ([^,.]+)/g)].map(([, kind, name]) => [kind, name.trim()]));

/** A date column as `YYYY-MM-DD` (SQLite keeps what was written, PostgreSQL answers a Date at midnight UTC). */
const dateOf = (value: Held['expires_on']) => (value instanceof Date ? value.toISOString().slice(0, 10) : value ? String(value).slice(0, 10) : null);
/** A timestamp column (SQLite: milliseconds or text; PostgreSQL: a Date) as a moment. */
const momentOf = (value: Held['place_published_at']) => (value === null ? null : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value));

/** One place's version in one locale: its published rows where it is published, else its draft's. */
const versionOf = (rows: Held[], locale: string) => {
  const ofLocale = rows.filter((row) => row.locale === locale);
  const published = ofLocale.filter((row) => row.place_published_at !== null);
  return (published.length ? published : ofLocale).sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id);
};

type Entry = { row: Held; direction: NoticeDirection; kind: NoticeKind; locale: string; translation?: Held };

/** The place's German entries (or its first locale's), each with the English one at the same position of the same direction. */
const entriesOf = (rows: Held[]) => {
  const main = rows.some((row) => row.locale === 'de') ? 'de' : rows[0].locale;
  const first = versionOf(rows, main);
  const english = main === 'en' ? [] : versionOf(rows, 'en');
  return first.flatMap((row): Entry[] => {
    const { direction, kind } = row;
    if (!isDirection(direction) || !fitsDirection(direction, kind)) return [];
    const position = first.filter((other) => other.direction === direction).indexOf(row);
    const translation = english.filter((other) => other.direction === direction)[position];
    return [{ row, direction, kind, locale: main, translation: translation?.text?.trim() ? translation : undefined }];
  });
};

/**
 * Turns what the database migration (database/migrations/…place-components-to-notices.ts) held
 * into notices: one per seeking or offer of a place, in its languages, published where the place
 * was, dated by the place's publication (its creation, for a place never published) and never
 * after its own last day. A place's rows leave the holding table as its notices are made; an
 * entry the notice rules refuse goes back with those after it, logged, and the table stays until
 * nothing is left in it.
 */
export const migrateHeldNotices = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(HELD_NOTICES))) return 0;
  const held: Held[] = await knex(HELD_NOTICES).select('*');
  const places = [...new Set(held.map((row) => row.place_document_id))];
  const notices = strapi.documents(NOTICE);
  let created = 0;
  let refused = 0;
  for (const place of places) {
    const rows = held.filter((row) => row.place_document_id === place);
    // Deleting is the claim: of several CMS processes booting at once, the one whose DELETE takes the rows makes their notices.
    if (!(await knex.schema.hasTable(HELD_NOTICES))) break;
    if ((await knex(HELD_NOTICES).whereIn('id', rows.map((row) => row.id)).delete()) === 0) continue;
    const exists = await strapi.db.query(PLACE).findOne({ where: { documentId: place }, select: ['id'] });
    const entries = exists ? entriesOf(rows) : [];
    for (const [index, { row, direction, kind, locale, translation }] of entries.entries()) {
      try {
        const expiresOn = dateOf(row.expires_on);
        const since = berlinDay(momentOf(row.place_published_at) ?? momentOf(row.place_created_at) ?? new Date());
        const shared = {
          direction,
          kind,
          place,
          isSample: Boolean(row.place_is_sample),
          addedOn: expiresOn && expiresOn < since ? expiresOn : since,
          expiresOn: expiresOn ?? undefined,
        };
        const status = row.place_published_at === null ? undefined : ('published' as const);
        const text = row.text?.trim() || KIND_NAMES[kind] || kind;
        const { documentId } = await notices.create({ locale, data: { ...shared, text }, status });
        if (translation?.text) await notices.update({ documentId, locale: 'en', data: { ...shared, text: translation.text.trim() }, status });
        created += 1;
      } catch (failure) {
        // What is not made yet goes back, for the next boot or for the Redaktion to enter by hand.
        refused += 1;
        await knex(HELD_NOTICES).insert(entries.slice(index).flatMap((entry) => [entry.row, ...(entry.translation ? [entry.translation] : [])]));
        strapi.log.error(`[notices] the former seekings and offers of place ${place} stay in ${HELD_NOTICES}: ${failure instanceof Error ? failure.message : String(failure)}`);
        break;
      }
    }
  }
  if (refused === 0) await knex.schema.dropTableIfExists(HELD_NOTICES);
  strapi.log.info(`[notices] ${created} notices made from the places' former seeking and offer components`);
  return created;
};
