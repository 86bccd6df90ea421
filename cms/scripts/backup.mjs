#!/usr/bin/env node
// `pnpm backup [--out <file or folder>] [--no-encrypt]`: writes every entry, relation, media file
// and setting of the configured CMS into one archive, encrypted with BACKUP_ENCRYPTION_KEY.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { archiveBase, backupKey, describeCounts } from './data/archive.mjs';
import { exportArchive } from './data/transfer.mjs';
import { messageOf } from './errors.mjs';
import { compile, loadStrapi, stopStrapi } from './strapi-app.mjs';

const usage = 'Usage: pnpm backup [--out <file or folder>] [--no-encrypt]';
let options;
let key;
try {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, 'no-encrypt': { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length > 0) throw new Error(`Unexpected argument "${positionals[0]}".`);
  options = values;
  key = options['no-encrypt'] ? undefined : backupKey();
  if (!key && !options['no-encrypt']) {
    throw new Error(
      'BACKUP_ENCRYPTION_KEY is not set: add it to cms/.env (pnpm --filter cms run env:setup generates one), or pass --no-encrypt ' +
        "for an archive anyone can read (it holds the proposals' names and email addresses).",
    );
  }
} catch (error) {
  console.error(`${messageOf(error)}\n${usage}`);
  process.exit(2);
}

// The archive holds personal data (proposals, internal contacts): only its owner may read it.
process.umask(0o077);
process.env.SEED_ON_EMPTY = 'false';
await compile();
const strapi = await loadStrapi();
try {
  const path = archiveBase(options.out);
  mkdirSync(dirname(path), { recursive: true });
  const { file, counts, warnings } = await exportArchive(strapi, { path, key });
  warnings.forEach((warning) => console.warn(`warning: ${warning}`));
  const size = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(`\nBackup written: ${file} (${size} MB${key ? ', encrypted with BACKUP_ENCRYPTION_KEY' : ', not encrypted'})\n${describeCounts(counts)}`);
} catch (error) {
  console.error(messageOf(error));
  process.exitCode = 1;
} finally {
  await stopStrapi(strapi);
}
