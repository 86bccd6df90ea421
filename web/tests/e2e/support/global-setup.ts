import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cleanEnv, run } from '../../../../scripts/lib/processes.mjs';
import { cmsDir } from './cms-server';
import { log } from './log';
import { startStack, type Stack } from './stack';
import { cmsEnv, newSecrets, type Secrets } from './stack-env';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, e.g. http://127.0.0.1:40123 */
    siteUrl: string;
    /** The CMS the site reads from, e.g. http://127.0.0.1:40124 */
    cmsUrl: string;
    /** A session of the demo admin on the CMS's admin API (one login: the admin rate-limits them). */
    adminToken: string;
    /** The built site, where a test can start another server with other settings. */
    siteDir: string;
    /** The SQLite file as the seed left it, for a stack of a test file's own (support/own-stack.ts). */
    seedDatabase: string;
    /** The CMS's public folder, with the seed's uploads. */
    publicDir: string;
    /** Files with everything the CMS and the site wrote to stdout: their logs. */
    cmsLog: string;
    siteLog: string;
    /** What the site shares with the CMS, for another server of the built site that reads from it. */
    secrets: Secrets;
  }
}

const webDir = resolve(cmsDir, '..', 'web');

/** What the site is built from: everything in web/ but dependencies, outputs, tests and local settings. */
const isBuildInput = (path: string) => {
  const relative = path.slice(webDir.length + 1).split(/[\\/]/);
  return !(
    ['node_modules', 'build', '.svelte-kit', 'tests'].includes(relative[0]) ||
    relative[0].startsWith('.env') ||
    relative.join('/').startsWith('src/lib/server/cms/generated')
  );
};

/**
 * Builds the site from a snapshot of web/ in `dir`, with the same steps as `pnpm build`. Building
 * in place would overwrite web/build under a server someone else is running, and two builds at
 * once there mix their files. The snapshot shares web/node_modules through a symlink.
 */
const buildSite = async (dir: string) => {
  const site = join(dir, 'site', 'web');
  cpSync(webDir, site, { recursive: true, filter: (path) => path === webDir || isBuildInput(path) });
  // codegen.ts reads ../cms/schema.graphql.
  mkdirSync(join(dir, 'site', 'cms'));
  copyFileSync(join(cmsDir, 'schema.graphql'), join(dir, 'site', 'cms', 'schema.graphql'));
  // The /daten/api.md route bundles ../docs/api.md.
  mkdirSync(join(dir, 'site', 'docs'));
  copyFileSync(join(webDir, '..', 'docs', 'api.md'), join(dir, 'site', 'docs', 'api.md'));
  symlinkSync(join(webDir, 'node_modules'), join(site, 'node_modules'), 'dir');

  const bin = (name: string) => join(site, 'node_modules', '.bin', name);
  const env = { ...cleanEnv(), NODE_ENV: 'production' };
  await timed('codegen', bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: site, env });
  await timed('web build', bin('vite'), ['build'], { cwd: site, env });
  return site;
};

const timed = async (...[name, ...rest]: Parameters<typeof run>) => log(`${name} took ${((await run(name, ...rest)) / 1000).toFixed(1)} s`);

export default async function setup(project: TestProject) {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'kig-e2e-'));
  const publicDir = join(dir, 'public');
  mkdirSync(join(publicDir, 'uploads'), { recursive: true });
  const seedDatabase = join(dir, 'seed.db');
  let stack: Stack | undefined;
  const teardown = async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // The seed's settings; each stack started on a copy of its database brings secrets of its own.
    const seedEnv = cmsEnv({ port: 0, siteUrl: 'http://127.0.0.1:9', publicDir, database: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: seedDatabase }, secrets: newSecrets() });
    // Seeding (30 to 40 s) with the admin build after it (40 to 60 s), and building the site
    // (10 to 20 s) are independent: run them together. The admin build comes second because
    // compiling for the seed empties cms/dist, where the admin panel is built.
    // Both run to the end before a failure is reported, so that cleaning up never races a build.
    const [cmsReady, site] = await Promise.allSettled([
      timed('seed', process.execPath, ['scripts/seed.mjs'], { cwd: cmsDir, env: seedEnv }).then(() =>
        timed('admin build', process.execPath, [join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
          cwd: cmsDir,
          env: { ...seedEnv, NODE_ENV: 'production' },
        }),
      ),
      buildSite(dir),
    ]);
    if (cmsReady.status === 'rejected') throw cmsReady.reason;
    if (site.status === 'rejected') throw site.reason;
    const siteDir = site.value;

    // SQLite wrote everything into the file when the seed closed it; the shared stack runs on a copy.
    if (existsSync(`${seedDatabase}-wal`)) throw new Error(`The seed left a write-ahead log beside ${seedDatabase}`);
    mkdirSync(join(dir, 'shared'));
    copyFileSync(seedDatabase, join(dir, 'shared', 'cms.db'));
    stack = await startStack({ dir: join(dir, 'shared'), siteDir, publicDir, serveAdminPanel: true });

    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: site ${stack.siteUrl}, CMS ${stack.cmsUrl}`);
    project.provide('siteUrl', stack.siteUrl);
    project.provide('cmsUrl', stack.cmsUrl);
    project.provide('adminToken', stack.adminToken);
    project.provide('siteDir', siteDir);
    project.provide('seedDatabase', seedDatabase);
    project.provide('publicDir', publicDir);
    project.provide('cmsLog', stack.cmsLog);
    project.provide('siteLog', stack.siteLog);
    project.provide('secrets', stack.secrets);
  } catch (failure) {
    await teardown();
    throw failure;
  }
  return teardown;
}
