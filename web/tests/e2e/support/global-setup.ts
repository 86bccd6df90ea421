import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cmsDir, startCms } from './cms-server';
import { freePort } from './ports';
import { baseEnv, log, run, start, stop, waitFor, type Child } from './processes';
import { ADMIN, cmsEnv as cmsEnvFor, newSecrets, siteEnv, type Secrets } from './stack-env';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, e.g. http://127.0.0.1:40123 */
    siteUrl: string;
    /** The CMS the site reads from, e.g. http://127.0.0.1:40124 */
    cmsUrl: string;
    /** The CMS process, so that the last test file can stop it. */
    cmsPid: number;
    /** A session of the demo admin on the CMS's admin API (one login: the admin rate-limits them). */
    adminToken: string;
    /** The built site, where a test can start another server with other settings. */
    siteDir: string;
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
  const env = { ...baseEnv(), NODE_ENV: 'production' };
  await run('codegen', bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: site, env });
  await run('web build', bin('vite'), ['build'], { cwd: site, env });
  return site;
};

const adminLogin = async (cmsUrl: string) => {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (response.status !== 200) throw new Error(`Admin login failed with ${response.status}`);
  return ((await response.json()) as { data: { token: string } }).data.token;
};

export default async function setup(project: TestProject) {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'kig-e2e-'));
  const publicDir = join(dir, 'public');
  mkdirSync(join(publicDir, 'uploads'), { recursive: true });
  const [cmsPort, webPort] = [await freePort(), await freePort()];
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const siteUrl = `http://127.0.0.1:${webPort}`;

  const secrets = newSecrets();
  const cmsEnv = cmsEnvFor({
    port: cmsPort,
    siteUrl,
    publicDir,
    database: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'cms.db') },
    secrets,
  });

  let cms: Child | undefined;
  let adminToken = '';
  let web: Child | undefined;
  let siteDir = '';
  const cmsLog = join(dir, 'cms.log');
  const siteLog = join(dir, 'site.log');
  const exitHandler = () => {
    for (const child of [web, cms]) if (child && child.process.exitCode === null) child.process.kill('SIGKILL');
  };
  process.once('exit', exitHandler);

  const teardown = async () => {
    process.off('exit', exitHandler);
    await Promise.all([stop(web), stop(cms)]);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // Seeding (30 to 40 s) with the admin build after it (40 to 60 s), and building the site
    // (10 to 20 s) are independent: run them together. The admin build comes second because
    // compiling for the seed empties cms/dist, where the admin panel is built.
    // Both run to the end before a failure is reported, so that cleaning up never races a build.
    const [cmsReady, site] = await Promise.allSettled([
      run('seed', process.execPath, ['scripts/seed.mjs'], { cwd: cmsDir, env: cmsEnv }).then(() =>
        run('admin build', process.execPath, [join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
          cwd: cmsDir,
          env: { ...cmsEnv, NODE_ENV: 'production' },
        }),
      ),
      buildSite(dir),
    ]);
    if (cmsReady.status === 'rejected') throw cmsReady.reason;
    if (site.status === 'rejected') throw site.reason;
    siteDir = site.value;

    cms = await startCms(cmsEnv, cmsLog, { serveAdminPanel: true });

    web = start('web', process.execPath, ['server.js'], {
      cwd: siteDir,
      env: {
        ...baseEnv(),
        ...siteEnv({ cmsUrl, siteUrl, secrets }),
        PORT: String(webPort),
        HOST: '127.0.0.1',
        CMS_TIMEOUT_MS: '2000',
        PROPOSAL_MIN_FILL_MS: '3000',
        PROPOSAL_RATE_LIMIT: '5',
        PROPOSAL_RATE_WINDOW_MS: '3600000',
        // The proposal tests send each browser as its own client address, so that the rate limit
        // one test uses up never refuses another's proposals (and the proxy setting is tested).
        ADDRESS_HEADER: 'x-forwarded-for',
        SHOW_SAMPLES: 'true',
        // Long enough that pages loaded earlier in the run are still fresh when the CMS is stopped.
        CACHE_TTL_MS: '600000',
      },
      stdoutFile: siteLog,
    });
    await waitFor(
      web,
      `the site at ${siteUrl}`,
      async () => {
        const response = await fetch(siteUrl, { signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer();
        return true;
      },
      30_000,
    );
    adminToken = await adminLogin(cmsUrl);
  } catch (failure) {
    await teardown();
    throw failure;
  }

  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: site ${siteUrl}, CMS ${cmsUrl}`);
  project.provide('siteUrl', siteUrl);
  project.provide('cmsUrl', cmsUrl);
  project.provide('cmsPid', cms.process.pid as number);
  project.provide('adminToken', adminToken);
  project.provide('siteDir', siteDir);
  project.provide('cmsLog', cmsLog);
  project.provide('siteLog', siteLog);
  project.provide('secrets', secrets);

  return teardown;
}
