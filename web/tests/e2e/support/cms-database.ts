import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

const cmsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'cms');
type Connection = { prepare: (sql: string) => { all: () => unknown[] }; close: () => void };
// The CMS's own driver: the site does not depend on one.
const Database = createRequire(join(cmsDir, 'package.json'))('better-sqlite3') as new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => Connection;

/** The e2e CMS's SQLite file, next to its log in the global setup's folder. */
export const cmsDatabaseFile = () => join(dirname(inject('cmsLog')), 'cms.db');

/** Each table's rows as sorted JSON lines, so that two readings compare row by row. */
export type DatabaseRows = Record<string, string[]>;

/**
 * Every row of every table but `skip`, read from the file without Strapi, so that a change made
 * past Strapi's own checks shows too. SQLite lets this read run beside the CMS's connection.
 */
export const readDatabase = (skip: RegExp): DatabaseRows => {
  const db = new Database(cmsDatabaseFile(), { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name)
      .filter((name) => !skip.test(name));
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row)).sort()]));
  } finally {
    db.close();
  }
};

/** Per table, the rows only in `after` and those only in `before`; tables without a difference are left out. */
export const databaseChanges = (before: DatabaseRows, after: DatabaseRows) => {
  const changes: Record<string, { added: string[]; removed: string[] }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, is] = [new Set(before[table] ?? []), new Set(after[table] ?? [])];
    const added = [...is].filter((row) => !was.has(row));
    const removed = [...was].filter((row) => !is.has(row));
    if (added.length || removed.length) changes[table] = { added, removed };
  }
  return changes;
};
