// Boots the CMS in-process for scripts: compiles the TypeScript sources, then loads Strapi
// without the admin panel or an HTTP listener.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const require = createRequire(join(appDir, 'package.json'));

export const loadStrapi = async () => {
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  return { strapi, distDir };
};

export const printServedSchema = (strapi) => {
  const { printSchema, lexicographicSortSchema } = require('graphql');
  const schema = strapi.plugin('graphql').service('content-api').buildSchema();
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
};
