#!/usr/bin/env node
// `pnpm start:prod`: the production configuration without Docker. NODE_ENV=production,
// PostgreSQL, the built admin panel and the built site, side by side. Unlike `pnpm start`, it
// generates nothing: without its secrets it refuses to start. `--no-build` serves the builds
// already there, for a restart of an unchanged checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { SITE_ENV, siteServerArgs } from './lib/site-process.mjs';
import { bin, root, runTogether } from './processes.mjs';

const { values: options } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

/** Secrets that the CMS and the site would otherwise lack, or that the site would draw at random. */
const REQUIRED = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'SITE_TOKEN',
  'PREVIEW_TOKEN',
  'PREVIEW_SECRET',
  'SUBMISSION_TOKEN',
  'EDIT_TOKEN',
  'REACH_TOKEN',
  'EDIT_LINK_SECRET',
  'REVALIDATE_SECRET',
  'FORM_SECRET',
];

// The settings file: ENV_PATH, the variable Strapi itself reads it from (relative to the repository
// root here), or cms/.env. The process environment takes precedence over it, as in Strapi.
const envFile = resolve(root, process.env.ENV_PATH || join('cms', '.env'));
const problems = [];
if (process.env.ENV_PATH && !existsSync(envFile)) problems.push(`ENV_PATH names ${envFile}, which does not exist`);
const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
// Both processes inherit the file's settings, the site's own included (SHOW_SAMPLES, caching, proxy
// headers); Strapi, started in cms/, must read that same file and never cms/.env besides it.
for (const [name, value] of Object.entries(fromFile)) process.env[name] ??= value;
process.env.ENV_PATH = envFile;
const env = process.env;

const missing = REQUIRED.filter((name) => !env[name]?.trim());
if (missing.length) problems.push(`missing secrets: ${missing.join(', ')}`);
if (env.DATABASE_CLIENT !== 'postgres') {
  problems.push(`DATABASE_CLIENT is "${env.DATABASE_CLIENT ?? ''}", not "postgres" (with DATABASE_URL, or DATABASE_HOST, DATABASE_NAME, DATABASE_USERNAME and DATABASE_PASSWORD)`);
}
if (problems.length) {
  console.error(
    [
      'pnpm start:prod refuses to start, because production never runs on generated or throwaway secrets:',
      ...problems.map((problem) => `  - ${problem}`),
      'Set them in the environment or in the settings file (ENV_PATH, default cms/.env); deploy/.env.production.example lists and explains every variable.',
    ].join('\n'),
  );
  process.exit(1);
}

process.env.NODE_ENV = 'production';
for (const workspace of options['no-build'] ? [] : ['cms', 'web']) {
  const build = spawnSync('pnpm', ['--filter', workspace, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.CMS_PORT || env.PORT || '1337';
const webPort = process.env.WEB_PORT || '3000';
const site = env.ORIGIN || `http://localhost:${webPort}`;
const cmsPublic = env.PUBLIC_URL || `http://localhost:${port}`;
const strapi = bin('cms', '@strapi/strapi/bin/strapi.js');
runTogether(
  [
    {
      name: 'cms',
      command: strapi[0],
      args: [strapi[1], 'start'],
      cwd: 'cms',
      env: { PORT: port, SITE_REVALIDATE_URL: `http://127.0.0.1:${webPort}/api/revalidate`, SITE_URL: env.SITE_URL || site },
      ready: /Strapi started successfully/,
    },
    {
      name: 'web',
      command: process.execPath,
      args: siteServerArgs(),
      cwd: 'web',
      env: {
        ...SITE_ENV,
        PORT: webPort,
        ORIGIN: site,
        CMS_URL: `http://127.0.0.1:${port}`,
        CMS_PUBLIC_URL: env.CMS_PUBLIC_URL || cmsPublic,
        CMS_TOKEN: env.SITE_TOKEN,
        REVALIDATE_SECRET: env.REVALIDATE_SECRET,
        SUBMISSION_TOKEN: env.SUBMISSION_TOKEN,
        EDIT_TOKEN: env.EDIT_TOKEN,
        REACH_TOKEN: env.REACH_TOKEN,
        PREVIEW_TOKEN: env.PREVIEW_TOKEN,
        PREVIEW_SECRET: env.PREVIEW_SECRET,
        FORM_SECRET: env.FORM_SECRET,
      },
      ready: /Listening on/,
    },
  ],
  { onReady: () => console.log(`\n  Website:  ${site}  (/readyz)\n  CMS:      ${cmsPublic}/admin  (/readyz)\n`) },
);
