#!/usr/bin/env node
// `pnpm migrate:postgres --to postgres://user:password@host:5432/kreativorte [--force]`: copies
// the SQLite CMS that cms/.env points at into a PostgreSQL database, through the same archive as
// `pnpm backup`. The upload folder stays where it is and serves both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './data/archive.mjs';
import { restoreArchive } from './data/restore.mjs';
import { exportArchive } from './data/transfer.mjs';
import { messageOf } from './errors.mjs';
import { compile, loadStrapi, stopStrapi } from './strapi-app.mjs';

const usage = 'Usage: pnpm migrate:postgres --to postgres://<user>:<password>@<host>:<port>/<database> [--force]';
let target;
let force;
try {
  const { values, positionals } = parseArgs({ options: { to: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length > 0) throw new Error(`Unexpected argument "${positionals[0]}".`);
  if (!values.to) throw new Error('Name the PostgreSQL database with --to.');
  target = new URL(values.to);
  if (!['postgres:', 'postgresql:'].includes(target.protocol) || target.pathname.length < 2) {
    throw new Error('--to is a PostgreSQL URL with a database name, e.g. postgres://kreativorte:secret@127.0.0.1:5432/kreativorte.');
  }
  force = Boolean(values.force);
} catch (error) {
  console.error(`${messageOf(error)}\n${usage}`);
  process.exit(2);
}

process.env.SEED_ON_EMPTY = 'false';
await compile();
// Private to this user, and removed at the end: the archive is not encrypted.
const dir = mkdtempSync(join(tmpdir(), 'kig-migrate-'));
try {
  const source = await loadStrapi();
  let file;
  try {
    const client = source.config.get('database.connection.client');
    if (client !== 'sqlite') throw new UsageError(`cms/.env points at ${client}, not SQLite: there is nothing to migrate.`);
    ({ file } = await exportArchive(source, { path: join(dir, 'sqlite'), files: false }));
  } finally {
    await stopStrapi(source);
  }
  // Strapi reads its database settings from the environment, which wins over cms/.env.
  Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: target.href });
  await restoreArchive({ file, force, files: false });
  const shown = new URL(target.href);
  if (shown.password) shown.password = '***';
  console.log(`\nMigrated. Point the CMS at PostgreSQL in cms/.env and restart it; the upload folder stays as it is:\n  DATABASE_CLIENT=postgres\n  DATABASE_URL=${shown.href}`);
} catch (error) {
  console.error(messageOf(error));
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
