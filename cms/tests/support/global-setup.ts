import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { cmsEnv, postgresAdminUrl, type DatabaseKind } from './env';

declare module 'vitest' {
  export interface ProvidedContext {
    database: DatabaseKind;
    template: string;
    publicDir: string;
    previewToken: string;
  }
}

const appDir = resolve(__dirname, '..', '..');

/**
 * Seeds one database per project with `scripts/seed.mjs`, the same code path as `pnpm seed`.
 * Every test file then boots Strapi on its own copy of it.
 */
export default async function setup(project: TestProject) {
  const database = project.name;
  if (database !== 'sqlite' && database !== 'postgres') throw new Error(`No database for the test project ${database}`);
  const dir = mkdtempSync(join(tmpdir(), `kig-test-${database}-`));
  const publicDir = join(dir, 'public');
  mkdirSync(join(publicDir, 'uploads'), { recursive: true });
  const previewToken = randomBytes(32).toString('hex');

  let template = join(dir, 'template.db');
  let admin: pg.Client | undefined;
  if (database === 'postgres') {
    admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect().catch((error) => {
      throw new Error(`PostgreSQL tests need a server at ${postgresAdminUrl()} (set TEST_POSTGRES_URL): ${error.message}`);
    });
    template = `kig_template_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${template}`);
  }

  const started = Date.now();
  execFileSync(process.execPath, ['scripts/seed.mjs'], {
    cwd: appDir,
    env: { ...process.env, ...cmsEnv({ kind: database, location: template }, publicDir, previewToken) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`[${database}] seeded template database in ${Date.now() - started} ms`);

  project.provide('database', database);
  project.provide('template', template);
  project.provide('publicDir', publicDir);
  project.provide('previewToken', previewToken);

  return async () => {
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
