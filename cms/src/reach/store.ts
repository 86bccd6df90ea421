import type { Core } from '@strapi/strapi';
import { REACH_COUNT } from '../content-types';
import type { ReachKind } from './kinds';

export type ReachRow = { day: string; kind: ReachKind; key: string; views: number };

/** The table of the reach counts, as Strapi named it. */
export const reachTable = (strapi: Core.Strapi) => strapi.db.metadata.get(REACH_COUNT).tableName;

const rowId = ({ day, kind, key }: ReachRow) => `${day}\n${kind}\n${key}`;

/** One row per day, kind and key, in one order: a statement may touch a row once, and two in the same order never deadlock. */
const merged = (rows: ReachRow[]) => {
  const byId = new Map<string, ReachRow>();
  for (const row of rows) {
    const id = rowId(row);
    const seen = byId.get(id);
    byId.set(id, seen ? { ...seen, views: seen.views + row.views } : { ...row });
  }
  return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
};

/**
 * Adds each row's views to its day, kind and key in one INSERT … ON CONFLICT DO UPDATE, so that
 * the database adds up what several site and CMS processes send at the same time: no count is
 * read and written back, and a batch is added whole or not at all. The unique index on
 * (day, kind, key) that the conflict needs is in database/indexes.ts.
 */
export const addCounts = async (strapi: Core.Strapi, rows: ReachRow[]) => {
  if (rows.length === 0) return;
  const knex = strapi.db.connection;
  const table = reachTable(strapi);
  const now = new Date();
  await knex(table)
    .insert(merged(rows).map((row) => ({ ...row, created_at: now, updated_at: now })))
    .onConflict(['day', 'kind', 'key'])
    .merge({ views: knex.raw('??.?? + excluded.??', [table, 'views', 'views']), updated_at: now });
};
