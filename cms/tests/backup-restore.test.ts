import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { asSuperAdmin } from './support/admin';
import { emptyDatabase, startCms, type Cms, type Database } from './support/cms';
import { capture, itKeepsEverything, type Capture } from './support/copy-checks';
import { editContent, EDITED_PLACE } from './support/edits';
import { databaseEnv } from './support/env';
import { runScript, type ScriptRun } from './support/scripts';
import { mediaFingerprints, snapshotContent } from './support/snapshot';

// pnpm backup on a seeded CMS with a day's edits, then pnpm restore into an empty database with
// an empty upload folder: every row, relation, component and media file must come back.
// Timestamps need no exception: the import writes createdAt, updatedAt and publishedAt as
// archived. Only ids (assigned anew) and createdBy/updatedBy (admin users are never archived)
// differ, and the snapshot leaves them out.

const run = promisify(execFile);
// A restore runs in its own process and boots a CMS, slow on a loaded machine.
const SCRIPT_TIMEOUT = 240_000;
const work = mkdtempSync(join(tmpdir(), 'kig-backup-'));
const restoredPublic = join(work, 'public');
const newSite = { SITE_REVALIDATE_URL: 'http://127.0.0.1:9/api/revalidate', REVALIDATE_SECRET: 'secret-of-the-new-server' };

let before: Capture;
let backup: ScriptRun;
let archive: string;
let plain: ScriptRun;
let target: Database;
let restore: ScriptRun;
let restored: Cms | undefined;
let key: string;

const restoreInto = (database: Database, args: string[], env: Record<string, string> = {}) =>
  runScript('restore.mjs', args, { ...databaseEnv(database), PUBLIC_DIR: restoredPublic, BACKUP_ENCRYPTION_KEY: key, ...newSite, ...env });

beforeAll(async () => {
  const source = await startCms({ SITE_REVALIDATE_URL: 'http://old-site.test/api/revalidate', REVALIDATE_SECRET: 'secret-of-the-old-server' });
  key = process.env.BACKUP_ENCRYPTION_KEY!;
  try {
    await editContent(source.strapi);
    backup = await runScript('backup.mjs', ['--out', work], {});
    plain = await runScript('backup.mjs', ['--out', join(work, 'plain.tar.gz'), '--no-encrypt'], {});
    before = await capture(source);
  } finally {
    await source.stop();
  }
  archive = /Backup written: (\S+)/.exec(backup.stdout)?.[1] ?? '';
  target = await emptyDatabase(inject('database'));
  restore = await restoreInto(target, [archive]);
  restored = await startCms({ SITE_REVALIDATE_URL: '', REVALIDATE_SECRET: '', PUBLIC_DIR: restoredPublic }, target);
}, 600_000);

afterAll(async () => {
  await restored?.stop();
  rmSync(work, { recursive: true, force: true });
});

it('writes a timestamped archive, encrypted and readable only by its owner, and says what it holds', () => {
  expect(backup.stderr).not.toMatch(/warning/i);
  expect(backup.status, backup.stderr).toBe(0);
  expect(archive).toMatch(new RegExp(`^${work}/kreativorte-\\d{8}-\\d{6}\\.tar\\.gz\\.enc$`));
  expect(statSync(archive).mode & 0o777).toBe(0o600);
  expect(backup.stdout).toMatch(/encrypted with BACKUP_ENCRYPTION_KEY/);
  expect(backup.stdout).toMatch(/content rows .*: .*\bplace 96\b/);
  expect(backup.stdout).toMatch(/media files \(originals and their formats\): [1-9]\d*/);
  // Not a gzip stream as it stands: the proposals' names and email addresses are not one gunzip away.
  expect(readFileSync(archive).subarray(0, 2)).not.toEqual(Buffer.from([0x1f, 0x8b]));
});

it('writes an unencrypted archive only when told so, under the name given', () => {
  expect(plain.status, plain.stderr).toBe(0);
  expect(plain.stdout).toMatch(new RegExp(`Backup written: ${work}/plain\\.tar\\.gz \\(.*not encrypted\\)`));
  expect(readFileSync(join(work, 'plain.tar.gz')).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
});

it('restores into an empty database and upload folder, then boots the CMS once more', () => {
  expect(restore.status, restore.stderr).toBe(0);
  expect(restore.stdout).toMatch(/holds:\n {2}content rows/);
  expect(restore.stdout).toMatch(/The CMS booted on the restored data/);
});

itKeepsEverything(() => before, () => restored!);

it('works with the website at once: the admin logs in, and the webhook calls this server\'s site', async () => {
  const admin = await asSuperAdmin(restored!.url);
  expect((await admin('GET', '/content-manager/collection-types/api::place.place?page=1&pageSize=1')).status).toBe(200);
  const webhooks = await restored!.strapi.get('webhookStore').findWebhooks();
  expect(webhooks.map((w: { url: string; headers: Record<string, string> }) => [w.url, w.headers['x-revalidate-secret']])).toEqual([
    [newSite.SITE_REVALIDATE_URL, newSite.REVALIDATE_SECRET],
  ]);
});

it('refuses to replace existing content without --force, and changes nothing', async () => {
  const refused = await restoreInto(target, [archive]);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/already holds \d+ entries and media files.*Nothing was changed.*--force/s);
  expect(await snapshotContent(restored!.strapi)).toEqual(before.content);
}, SCRIPT_TIMEOUT);

it('refuses a wrong key or a damaged archive before it touches anything', async () => {
  const wrongKey = await restoreInto(target, [archive, '--force'], { BACKUP_ENCRYPTION_KEY: 'not-the-key' });
  expect(wrongKey.status).toBe(1);
  expect(wrongKey.stderr).toMatch(/cannot be restored, nothing was changed:\nKey is incorrect/);

  const damaged = join(work, 'damaged.tar.gz.enc');
  writeFileSync(damaged, readFileSync(archive).subarray(0, statSync(archive).size / 2));
  const truncated = await restoreInto(target, [damaged, '--force']);
  expect(truncated.status).toBe(1);
  expect(truncated.stderr).toMatch(/cannot be restored, nothing was changed/);

  expect(await snapshotContent(restored!.strapi)).toEqual(before.content);
  expect(await mediaFingerprints(restored!.strapi)).toEqual(before.media);
}, SCRIPT_TIMEOUT);

it('refuses an archive of another content model, naming the difference, and changes nothing', async () => {
  // As if made by another version of this project: a place field this CMS does not know.
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  await run('tar', ['-xzf', join(work, 'plain.tar.gz'), '-C', unpacked]);
  const schemas = join(unpacked, 'schemas', readdirSync(join(unpacked, 'schemas'))[0]);
  const lines = readFileSync(schemas, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  lines.find((schema) => schema.uid === 'api::place.place').attributes.formerName = { type: 'string' };
  writeFileSync(schemas, `${lines.map((schema) => JSON.stringify(schema)).join('\n')}\n`);
  const other = join(work, 'other-model.tar.gz');
  await run('tar', ['-czf', other, '-C', unpacked, ...readdirSync(unpacked)]);

  const refused = await restoreInto(target, [other, '--force']);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/was not restored; the database and the upload folder are as they were:[\s\S]*api::place\.place[\s\S]*formerName/);
  expect(await snapshotContent(restored!.strapi)).toEqual(before.content);
  expect(await mediaFingerprints(restored!.strapi)).toEqual(before.media);
}, SCRIPT_TIMEOUT);

it('undoes a mistake with --force: a deleted place and its picture come back', async () => {
  const places = restored!.strapi.documents('api::place.place');
  const place = await places.findFirst({ filters: { slug: EDITED_PLACE }, locale: 'de' });
  await places.delete({ documentId: place!.documentId, locale: '*' });
  const file = await restored!.strapi.db.query('plugin::upload.file').findOne({ where: { name: 'alte-scheune-wust.jpg' } });
  await restored!.strapi.plugin('upload').service('upload').remove(file);

  const restoring = await restoreInto(target, [archive, '--force']);
  expect(restoring.status, restoring.stderr).toBe(0);
  expect(await snapshotContent(restored!.strapi)).toEqual(before.content);
  expect(await mediaFingerprints(restored!.strapi)).toEqual(before.media);
}, SCRIPT_TIMEOUT);

it('refuses to back up without a key unless told to write a plain archive, before it starts the CMS', async () => {
  const refused = await runScript('backup.mjs', ['--out', work], { BACKUP_ENCRYPTION_KEY: '' });
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/BACKUP_ENCRYPTION_KEY is not set.*--no-encrypt[\s\S]*Usage: pnpm backup/);
  expect((await runScript('backup.mjs', ['--out'], {})).stderr).toMatch(/Usage: pnpm backup/);
}, SCRIPT_TIMEOUT);

it('names an archive that does not exist, and exits before it starts the CMS', async () => {
  const missing = await runScript('restore.mjs', [join(work, 'missing.tar.gz.enc')], {});
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/missing\.tar\.gz\.enc does not exist\.\nUsage: pnpm restore/);
  copyFileSync(archive, join(work, 'renamed.zip'));
  const wrongName = await runScript('restore.mjs', [join(work, 'renamed.zip')], {});
  expect(wrongName.stderr).toMatch(/is not an archive from pnpm backup/);
}, SCRIPT_TIMEOUT);
