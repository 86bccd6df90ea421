import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asSuperAdmin } from './support/admin';
import { emptyDatabase, startCms, type Cms } from './support/cms';
import { capture, itKeepsEverything, type Capture } from './support/copy-checks';
import { editContent } from './support/edits';
import { postgresUrl } from './support/env';

const run = promisify(execFile);

// The production backup as docs/operations.md documents it: pg_dump in PostgreSQL's custom format
// plus a copy of the upload folder, restored with pg_restore into a new database and a new folder.
// The CMS must boot on them and serve the same. Unlike `pnpm backup`, the dump also holds the admin
// users and API tokens.
describe.runIf(inject('database') === 'postgres')('pg_dump and the upload folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'kig-pgdump-'));
  const dump = join(work, 'kreativorte.dump');
  const copiedPublic = join(work, 'public');
  let before: Capture;
  let adminsBefore: unknown[];
  const admins = (cms: Cms) =>
    Promise.all([
      cms.strapi.db.query('admin::user').findMany({ select: ['email', 'password'], orderBy: 'email' }),
      cms.strapi.db.query('admin::api-token').findMany({ select: ['name', 'accessKey'], orderBy: 'name' }),
    ]);
  let restored: Cms | undefined;

  beforeAll(async () => {
    const source = await startCms();
    // The restored server runs with the same secrets, as production would.
    const secrets = Object.fromEntries(['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'ENCRYPTION_KEY', 'SUBMISSION_TOKEN'].map((name) => [name, process.env[name]!]));
    try {
      await editContent(source.strapi);
      before = await capture(source);
      adminsBefore = await admins(source);
      await run('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${postgresUrl(source.location)}`]);
      cpSync(join(source.strapi.dirs.static.public, 'uploads'), join(copiedPublic, 'uploads'), { recursive: true });
    } finally {
      await source.stop();
    }
    const target = await emptyDatabase('postgres');
    await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${postgresUrl(target.location)}`, dump]);
    restored = await startCms({ ...secrets, PUBLIC_DIR: copiedPublic }, target);
  }, 300_000);

  afterAll(async () => {
    await restored?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  itKeepsEverything(() => before, () => restored!);

  it('keeps the admin users, with their passwords, and the API tokens, unlike an export', async () => {
    expect(await admins(restored!)).toEqual(adminsBefore);
    const admin = await asSuperAdmin(restored!.url);
    expect((await admin('GET', '/content-manager/collection-types/api::place.place?page=1&pageSize=1')).status).toBe(200);
  });
});
