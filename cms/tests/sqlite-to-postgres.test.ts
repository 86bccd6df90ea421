import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyDatabase, startCms, type Cms, type Database } from './support/cms';
import { capture, itKeepsEverything, type Capture } from './support/copy-checks';
import { editContent, EDITED_PLACE } from './support/edits';
import { databaseEnv, postgresUrl } from './support/env';
import { runScript, type ScriptRun } from './support/scripts';
import { snapshotContent } from './support/snapshot';

// pnpm migrate:postgres from the seeded SQLite CMS with a day's edits into a new PostgreSQL
// database; then the CMS boots on PostgreSQL with the same upload folder and must hold and serve
// the same. It starts from SQLite, so it runs in the sqlite project only.
describe.runIf(inject('database') === 'sqlite')('pnpm migrate:postgres', () => {
  let before: Capture;
  let target: Database;
  let migration: ScriptRun;
  let migrated: Cms | undefined;
  let sqlite: Record<string, string>;

  beforeAll(async () => {
    const source = await startCms();
    sqlite = databaseEnv({ kind: 'sqlite', location: source.location });
    try {
      await editContent(source.strapi);
      before = await capture(source);
      target = await emptyDatabase('postgres');
      migration = await runScript('migrate-postgres.mjs', ['--to', postgresUrl(target.location)], sqlite);
    } finally {
      await source.stop();
    }
    migrated = await startCms({}, target);
  }, 600_000);

  afterAll(async () => {
    await (migrated ? migrated.stop() : target?.drop());
  });

  it('copies the database and says how to switch over', () => {
    expect(migration.status, migration.stderr).toBe(0);
    expect(migration.stdout).toMatch(/Migrated\. .*\n {2}DATABASE_CLIENT=postgres\n {2}DATABASE_URL=postgres:\/\//);
  });

  it('runs on PostgreSQL', () => {
    expect(migrated!.strapi.config.get('database.connection.client')).toBe('postgres');
  });

  itKeepsEverything(() => before, () => migrated!);

  it('takes new content at once: the id sequences continue after the migrated rows', async () => {
    const places = migrated!.strapi.documents('api::place.place');
    const copy = await places.findFirst({ filters: { slug: EDITED_PLACE }, locale: 'de' });
    const created = await places.create({
      locale: 'de',
      data: { slug: 'nach-der-migration', name: 'Nach der Migration', teaser: 'Neu auf PostgreSQL.', stage: 'idea', network: 'other', isSample: false },
    });
    await places.publish({ documentId: created.documentId, locale: 'de' });
    expect(Number(created.id)).toBeGreaterThan(Number(copy!.id));
  });

  it('refuses a PostgreSQL database that has content, without --force', async () => {
    const again = await runScript('migrate-postgres.mjs', ['--to', postgresUrl(target.location)], sqlite);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already holds \d+ entries.*--force/s);
    expect(await snapshotContent(migrated!.strapi)).toMatchObject(before.content);
  }, 240_000);

  it('refuses a CMS that is not on SQLite', async () => {
    const run = await runScript('migrate-postgres.mjs', ['--to', postgresUrl(target.location)], databaseEnv(target));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/points at postgres, not SQLite/);
  }, 240_000);

  it('refuses what it cannot do before it starts the CMS: no target, or not a PostgreSQL URL', async () => {
    for (const args of [[], ['--to', 'mysql://root@127.0.0.1/kreativorte'], ['--to', 'postgres://127.0.0.1:5432']]) {
      const run = await runScript('migrate-postgres.mjs', args, {});
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Usage: pnpm migrate:postgres --to/);
    }
  });
});
