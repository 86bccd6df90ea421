import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const work = mkdtempSync(join(tmpdir(), 'kig-backup-'));
const restoredPublic = join(work, 'public');
const newSite = { SITE_REVALIDATE_URL: 'http://127.0.0.1:9/api/revalidate', REVALIDATE_SECRET: 'secret-of-the-new-server' };

let before: Capture;
let backup: ScriptRun;
let archive: string;
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

it('restores into an empty database and upload folder, then boots the CMS once more', () => {
  expect(restore.status, restore.stderr).toBe(0);
  expect(restore.stdout).toMatch(/holds:\n {2}content rows/);
  expect(restore.stdout).toMatch(/The CMS booted on the restored data/);
});

itKeepsEverything(() => before, () => restored!);

it('works with the website at once: admin login, tokens, and the webhook set to this server', async () => {
  const admin = await asSuperAdmin(restored!.url);
  expect((await admin('GET', '/content-manager/collection-types/api::place.place?page=1&pageSize=1')).status).toBe(200);
  const webhooks = await restored!.strapi.get('webhookStore').findWebhooks();
  expect(webhooks.map((w: { url: string; headers: Record<string, string> }) => [w.url, w.headers['x-revalidate-secret']])).toEqual([
    [newSite.SITE_REVALIDATE_URL, newSite.REVALIDATE_SECRET],
  ]);
});

it('refuses to replace existing content without --force, and changes nothing', async () => {
  const run = await restoreInto(target, [archive]);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/already holds \d+ entries and media files.*Nothing was changed.*--force/s);
  expect(await snapshotContent(restored!.strapi)).toEqual(before.content);
});

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
});

it('undoes a mistake with --force: a deleted place and its picture come back', async () => {
  const places = restored!.strapi.documents('api::place.place');
  const place = await places.findFirst({ filters: { slug: EDITED_PLACE }, locale: 'de' });
  await places.delete({ documentId: place!.documentId, locale: '*' } as never);
  const file = await restored!.strapi.db.query('plugin::upload.file').findOne({ where: { name: 'alte-scheune-wust.jpg' } });
  await restored!.strapi.plugin('upload').service('upload').remove(file);

  const run = await restoreInto(target, [archive, '--force']);
  expect(run.status, run.stderr).toBe(0);
  expect(await snapshotContent(restored!.strapi)).toEqual(before.content);
  expect(await mediaFingerprints(restored!.strapi)).toEqual(before.media);
});

it('names an archive that does not exist, and exits before it starts the CMS', async () => {
  const run = await runScript('restore.mjs', [join(work, 'missing.tar.gz.enc')], {});
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/missing\.tar\.gz\.enc does not exist\.\nUsage: pnpm restore/);
  copyFileSync(archive, join(work, 'renamed.zip'));
  const wrongName = await runScript('restore.mjs', [join(work, 'renamed.zip')], {});
  expect(wrongName.stderr).toMatch(/is not an archive from pnpm backup/);
});
