// Boots the CMS in-process for scripts and tests; the admin panel only when asked for (it must be built).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** @typedef {import('@strapi/strapi').Core.Strapi} Strapi */

export const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(appDir, 'dist');
export const require = createRequire(join(appDir, 'package.json'));

/**
 * A compiled module of src/ (`access/roles`), for scripts and tests that call it directly.
 * dist/ is compiled from src/, so the caller names its type: `typeof import('../src/access/roles')`.
 * @template Module
 * @param {string} path
 * @returns {Module}
 */
export const compiledModule = (path) => require(join(distDir, 'src', path));

/**
 * Compiles the TypeScript sources into dist/. CMS_COMPILED=true skips it where dist/ is known to
 * be current: tests run scripts beside booted CMSs, whose modules must not be rewritten under them.
 */
export const compile = async () => {
  if (process.env.CMS_COMPILED !== 'true') await require('@strapi/strapi').compileStrapi({ appDir });
};

/**
 * Loads Strapi from dist/ with the configuration in process.env.
 * @returns {Promise<Strapi>}
 */
export const loadStrapi = async ({ serveAdminPanel = false } = {}) => {
  // The local upload provider refuses to start without its folder.
  mkdirSync(resolve(appDir, process.env.PUBLIC_DIR || 'public', 'uploads'), { recursive: true });
  const strapi = require('@strapi/strapi').createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel });
  await strapi.load();
  return strapi;
};

/**
 * Some plugins start database work in the background during bootstrap; destroying the pool
 * under it throws an unhandled "aborted" error, so wait until the pool is idle first.
 * @param {Strapi} strapi
 */
export const stopStrapi = async (strapi) => {
  const pool = strapi.db.connection.client.pool;
  for (let waited = 0; pool && waited < 10_000 && pool.numUsed() + pool.numPendingAcquires() > 0; waited += 50) {
    await sleep(50);
  }
  await strapi.destroy();
};

/** @param {Strapi} strapi */
export const printServedSchema = (strapi) => {
  const { printSchema, lexicographicSortSchema } = require('graphql');
  const schema = strapi.plugin('graphql').service('content-api').buildSchema();
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
};

/**
 * Strapi's typings of the content types and components, written to `<dir>/generated/`.
 * @param {Strapi} strapi
 * @param {string} dir
 */
export const generateTypings = (strapi, dir) =>
  require('@strapi/typescript-utils').generators.generate({
    strapi,
    pwd: dir,
    rootDir: '.',
    artifacts: { contentTypes: true, components: true },
    logger: { silent: true },
  });
