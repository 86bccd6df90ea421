import type { Core, UID } from '@strapi/strapi';
import { PLACE, REACH_COUNT, SLUGGED_TYPES } from '../content-types';
import { HUB_FIELDS } from '../reachability/hubs';

type Index = { name: string; uid: UID.ContentType; attributes: string[]; publishedOnly?: boolean; unique?: boolean };
type Statistics = { name: string; uid: UID.ContentType | UID.Component; attributes: string[] };

/**
 * Indexes Strapi does not create itself (it indexes document_id, locale and published_at
 * together, and the columns of the join tables). An existing index is found by its name, so a
 * changed definition needs a new name.
 */
export const INDEXES: Index[] = [
  // Profile pages and every save (Strapi's and the editorial rules' uniqueness checks) look
  // entries up by slug. With the locale too, SQLite prefers it to the directory index for that.
  ...SLUGGED_TYPES.map((uid) => ({ name: `${uid.split('.').pop()}_slug_locale_idx`, uid, attributes: ['slug', 'locale'] })),
  // The directory: published places of one locale in name order, read one page at a time.
  { name: 'place_directory_idx', uid: PLACE, attributes: ['locale', 'name', 'slug', 'id'], publishedOnly: true },
  // The directory from a hub (`/orte?von=berlin&minuten=90`): places within the time, quickest first.
  ...HUB_FIELDS.map((field): Index => ({ name: `place_${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_idx`, uid: PLACE, attributes: ['locale', field, 'name', 'slug', 'id'], publishedOnly: true })),
  // One row per day, kind and key: the reach counts' upsert (reach/store.ts) adds to it on conflict.
  { name: 'reach_count_day_kind_key_uidx', uid: REACH_COUNT, attributes: ['day', 'kind', 'key'], unique: true },
];

/**
 * PostgreSQL statistics of the expressions the directory's search (`containsi`) filters on.
 * Without them the planner guesses the search matches almost nothing and joins every place
 * before sorting; with them it reads places in name order until a page is full. Indexes on
 * these expressions (pg_trgm) would not be used: the search also matches the address
 * component's town, in another table, and one OR across two tables rules out index scans.
 */
export const SEARCH_STATISTICS: Statistics[] = [
  { name: 'place_search_stats', uid: PLACE, attributes: ['name', 'teaser'] },
  { name: 'address_search_stats', uid: 'shared.address', attributes: ['town'] },
];

/** A type's table and the columns of some of its attributes. */
export const columnsOf = (strapi: Core.Strapi, uid: string, attributes: string[]) => {
  const { tableName, attributes: all } = strapi.db.metadata.get(uid);
  // Strapi's metadata types leave out the column name it sets on every scalar attribute.
  const columnOf = (name: string) => {
    const attribute = all[name];
    return 'columnName' in attribute && typeof attribute.columnName === 'string' ? attribute.columnName : name;
  };
  return { tableName, columns: attributes.map(columnOf) };
};

const ensureSearchStatistics = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  for (const statistics of SEARCH_STATISTICS) {
    if ((await knex('pg_statistic_ext').where('stxname', statistics.name)).length) continue;
    const { tableName, columns } = columnsOf(strapi, statistics.uid, statistics.attributes);
    // The very expression Strapi's containsi compiles to, or the planner would not match it.
    const expressions = columns.map(() => '(LOWER(CAST(?? AS VARCHAR)))').join(', ');
    try {
      await knex.raw(`CREATE STATISTICS IF NOT EXISTS ?? ON ${expressions} FROM ??`, [statistics.name, ...columns, tableName]);
      // Filled by ANALYZE only, which autovacuum skips on a table that rarely changes.
      await knex.raw('ANALYZE ??', [tableName]);
    } catch (error) {
      strapi.log.warn(`Statistics ${statistics.name} not created (expression statistics need PostgreSQL 14): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
};

/**
 * Creates the indexes that are missing. Strapi drops indexes it does not know when it changes
 * a table for a new content model, so this runs at every boot; `IF NOT EXISTS` makes that cheap.
 */
export const ensureIndexes = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  for (const index of INDEXES) {
    const { tableName, columns } = columnsOf(strapi, index.uid, index.attributes);
    const published = columnsOf(strapi, index.uid, ['publishedAt']).columns[0];
    await knex.raw(
      `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})${index.publishedOnly ? ' WHERE ?? IS NOT NULL' : ''}`,
      [index.name, tableName, ...columns, ...(index.publishedOnly ? [published] : [])],
    );
  }
  if (strapi.db.dialect.client === 'postgres') await ensureSearchStatistics(strapi);
};
