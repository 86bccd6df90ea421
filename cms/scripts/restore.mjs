#!/usr/bin/env node
// `pnpm restore <archive> [--force]`: replaces the configured CMS's content, media files and
// settings with an archive from `pnpm backup`, then boots it once so that it works at once.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, userPath } from './data/archive.mjs';
import { restoreArchive } from './data/restore.mjs';
import { messageOf } from './errors.mjs';
import { compile } from './strapi-app.mjs';

const usage = 'Usage: pnpm restore <archive.tar.gz[.enc]> [--force]   (--force: replace the content the database already holds)';
let file;
let force;
try {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error('Name exactly one archive.');
  file = userPath(positionals[0]);
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  if (!/\.tar\.gz(\.enc)?$/.test(file)) throw new Error(`${file} is not an archive from pnpm backup (*.tar.gz or *.tar.gz.enc).`);
  force = Boolean(values.force);
} catch (error) {
  console.error(`${messageOf(error)}\n${usage}`);
  process.exit(2);
}

await compile();
try {
  await restoreArchive({ file, force });
} catch (error) {
  console.error(messageOf(error));
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
