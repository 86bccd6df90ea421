// Where backups go, what they are called, and the summary the commands print.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { appDir } from '../strapi-app.mjs';

/** The default folder for `pnpm backup`, ignored by git. */
export const backupsDir = resolve(appDir, '..', 'backups');

/** BACKUP_ENCRYPTION_KEY as Strapi would see it (the environment wins over cms/.env), also before Strapi has loaded cms/.env. */
export const backupKey = () => {
  const file = join(appDir, '.env');
  const key = process.env.BACKUP_ENCRYPTION_KEY ?? (existsSync(file) ? parseEnv(readFileSync(file, 'utf8')).BACKUP_ENCRYPTION_KEY : undefined);
  return key || undefined;
};

/**
 * Paths on the command line are relative to where pnpm was started: the project root for `pnpm backup`.
 * @param {string} path
 */
export const userPath = (path) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

const timestamp = (date = new Date()) => {
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
};

/**
 * The archive's path without the extensions that Strapi appends (`.tar.gz`, `.enc`): a file named
 * by the user, or `kreativorte-<YYYYMMDD-HHMMSS>` in the given folder.
 * @param {string | undefined} out
 */
export const archiveBase = (out) => {
  const target = out ? userPath(out) : backupsDir;
  if (!out || (existsSync(target) && statSync(target).isDirectory())) return join(target, `kreativorte-${timestamp()}`);
  return target.replace(/\.tar(\.gz)?(\.enc)?$/, '');
};

export class UsageError extends Error {}

const megabytes = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * What a transfer moved, from the engine's per-stage counts, in a few lines.
 * @param {import('./transfer.mjs').TransferCounts} counts
 */
export const describeCounts = (counts) => {
  const byType = counts.entities?.aggregates ?? {};
  const rows = (/** @type {(uid: string) => boolean} */ predicate) => Object.entries(byType).filter(([uid]) => predicate(uid));
  const content = rows((uid) => uid.startsWith('api::')).map(([uid, { count }]) => `${uid.split('.').pop()} ${count}`);
  const others = rows((uid) => !uid.startsWith('api::') && uid !== 'plugin::upload.file').reduce((sum, [, { count }]) => sum + count, 0);
  return [
    `  content rows (one per language and draft/published version): ${content.join(', ') || 'none'}`,
    `  media library entries: ${byType['plugin::upload.file']?.count ?? 0}; other entries (languages, public API roles and permissions, folders): ${others}`,
    `  relations: ${counts.links?.count ?? 0}`,
    `  media files (originals and their formats): ${counts.assets?.count ?? 0}, ${megabytes(counts.assets?.bytes ?? 0)}`,
    `  settings (admin views, plugin settings, webhooks): ${counts.configuration?.count ?? 0}`,
  ].join('\n');
};
