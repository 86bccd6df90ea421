import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { freePort } from './ports';

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
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(here, '..', '..', '..');
const cmsDir = resolve(webDir, '..', 'cms');

/** The CMS's first admin, created on its first start; the publish test logs in with it. */
export const ADMIN = { email: 'admin@example.com', password: 'Test-Admin-2026' };
/** The demo editors of the two editorial roles. */
export const EDITORS = {
  redaktion: { email: 'redaktion@example.com', password: 'Test-Redaktion-2026' },
  autor: { email: 'autor@example.com', password: 'Test-Autor-2026' },
};

const log = (message: string) => console.log(`[e2e] ${message}`);

/** Only what a process needs to run: nothing from a developer's shell, .env or vitest (VITEST, NODE_ENV=test) leaks in. */
const baseEnv = () => {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT', 'npm_config_nodedir'];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key] as string]] : [])));
};

const secret = () => randomBytes(24).toString('base64url');

/** A child process whose recent output is kept for error messages. */
type Child = { name: string; process: ChildProcess; output: () => string; exited: Promise<number | null> };

const start = (name: string, command: string, args: string[], options: { cwd: string; env: Record<string, string>; stdoutFile?: string }): Child => {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (options.stdoutFile) child.stdout?.pipe(createWriteStream(options.stdoutFile));
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-12_000);
    if (process.env.E2E_VERBOSE) process.stdout.write(`[${name}] ${chunk}`);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((done) => {
    child.on('exit', (code, signal) => done(code ?? (signal ? -1 : null)));
    child.on('error', (error) => {
      tail += `\n${error.message}`;
      done(-1);
    });
  });
  return { name, process: child, output: () => tail, exited };
};

/** Runs a command to completion; rejects with its output when it fails. */
const run = async (name: string, command: string, args: string[], options: { cwd: string; env: Record<string, string> }) => {
  const started = Date.now();
  const child = start(name, command, args, options);
  const code = await child.exited;
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${child.output()}`);
  log(`${name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

/** Polls `probe` until it returns true; fails early when the child exits, and with its output on timeout. */
const waitFor = async (child: Child, what: string, probe: () => Promise<boolean>, timeoutMs: number) => {
  const started = Date.now();
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  while (Date.now() - started < timeoutMs) {
    if (exitCode !== undefined) throw new Error(`${child.name} exited (code ${exitCode}) before ${what}:\n${child.output()}`);
    if (await probe().catch(() => false)) {
      log(`${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    await sleep(250);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}:\n${child.output()}`);
};

const stop = async (child: Child | undefined) => {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const exited = await Promise.race([child.exited.then(() => true), sleep(8_000).then(() => false)]);
  if (!exited) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
};

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

  // Every variable the CMS reads (see cms/tests/support/env.ts), set explicitly: Strapi's dotenv
  // does not override variables that are already set, so a developer's cms/.env cannot leak in.
  const revalidateSecret = secret();
  const submissionToken = secret();
  const siteToken = secret();
  const previewToken = randomBytes(32).toString('hex');
  const previewSecret = secret();
  const cmsEnv = {
    ...baseEnv(),
    SITE_REVALIDATE_URL: `${siteUrl}/api/revalidate`,
    REVALIDATE_SECRET: revalidateSecret,
    NODE_ENV: 'test',
    // As in production, where NODE_ENV=production chooses it.
    LOG_FORMAT: 'json',
    HOST: '127.0.0.1',
    PORT: String(cmsPort),
    PUBLIC_URL: '',
    IS_PROXIED: 'false',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    PREVIEW_TOKEN: previewToken,
    PREVIEW_TOKEN_NAME: 'website-preview',
    PREVIEW_SECRET: previewSecret,
    PREVIEW_TTL_MINUTES: '60',
    SITE_URL: siteUrl,
    SUBMISSION_TOKEN: submissionToken,
    SITE_TOKEN: siteToken,
    SITE_TOKEN_NAME: 'website',
    // No address is exempt from the rate limits: the site's server reads with its token.
    RATE_LIMIT_EXEMPT_IPS: '',
    ADMIN_ALLOWED_NETWORKS: '',
    UPLOAD_MAX_MB: '10',
    SUBMISSION_TOKEN_NAME: 'website-submissions',
    // Proposals stored by the tests are only logged, never mailed.
    SUBMISSION_NOTIFY_EMAILS: '',
    SMTP_HOST: '',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    REDAKTION_EMAIL: EDITORS.redaktion.email,
    REDAKTION_PASSWORD: EDITORS.redaktion.password,
    AUTOR_EMAIL: EDITORS.autor.email,
    AUTOR_PASSWORD: EDITORS.autor.password,
    SEED_ON_EMPTY: 'false',
    PUBLIC_DIR: publicDir,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: join(dir, 'cms.db'),
    DATABASE_URL: '',
  };

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

    const strapiApp = join(cmsDir, 'scripts', 'strapi-app.mjs');
    cms = start(
      'cms',
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(strapiApp)}); const s = await m.loadStrapi({ serveAdminPanel: true }); await s.listen();`,
      ],
      { cwd: cmsDir, env: cmsEnv, stdoutFile: cmsLog },
    );
    await waitFor(
      cms,
      `the CMS at ${cmsUrl}`,
      async () => {
        const response = await fetch(`${cmsUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
          signal: AbortSignal.timeout(2_000),
        });
        return response.status === 200;
      },
      90_000,
    );

    web = start('web', process.execPath, ['server.js'], {
      cwd: siteDir,
      env: {
        ...baseEnv(),
        NODE_ENV: 'production',
        PORT: String(webPort),
        HOST: '127.0.0.1',
        ORIGIN: siteUrl,
        CMS_URL: cmsUrl,
        CMS_PUBLIC_URL: '',
        CMS_TOKEN: siteToken,
        CMS_TIMEOUT_MS: '2000',
        REVALIDATE_SECRET: revalidateSecret,
        SUBMISSION_TOKEN: submissionToken,
        PREVIEW_TOKEN: previewToken,
        PREVIEW_SECRET: previewSecret,
        FORM_SECRET: secret(),
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

  return teardown;
}
