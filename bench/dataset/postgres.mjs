// The PostgreSQL server the benchmark datasets live on, and their dumps.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { require as cmsRequire } from '../../cms/scripts/strapi-app.mjs';

const run = promisify(execFile);

/** The maintenance database of the server the CMS tests use too (TEST_POSTGRES_URL). */
export const adminUrl = () => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** @param {string} name */
export const databaseUrl = (name) => {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Runs one statement, by default on the maintenance database.
 * @param {string} statement
 * @param {unknown[]} [values]
 */
const sql = async (statement, values, url = adminUrl()) => {
  /** @type {import('./pg.mjs').Pg} pg is the CMS's dependency, which comes without types. */
  const { Client } = cmsRequire('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(statement, values);
  } finally {
    await client.end();
  }
};

/** @param {string} name */
export const databaseExists = async (name) => ((await sql('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
/** @param {string} name */
export const createDatabase = (name) => sql(`CREATE DATABASE "${name}"`);
/** @param {string} name */
export const dropDatabase = (name) => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
/**
 * @param {string} from
 * @param {string} to
 */
export const renameDatabase = (from, to) => sql(`ALTER DATABASE "${from}" RENAME TO "${to}"`);
// A bulk load or a restore leaves no planner statistics and no visibility map (which index-only
// scans need); autovacuum would add both later, so the first benchmark runs would be planned
// and executed differently from a database in service.
/** @param {string} name */
export const vacuum = (name) => sql('VACUUM ANALYZE', [], databaseUrl(name));

/**
 * @param {string} name
 * @param {string} file
 */
export const dump = (name, file) => run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${databaseUrl(name)}`]);

// Two jobs: one per core of the benchmark machine.
/**
 * @param {string} file
 * @param {string} name
 */
export const restore = (file, name) => run('pg_restore', ['--no-owner', '--jobs=2', `--dbname=${databaseUrl(name)}`, file]);
