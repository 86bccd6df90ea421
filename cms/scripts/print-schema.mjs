#!/usr/bin/env node
// Writes the GraphQL schema that the CMS serves (not Strapi's unpruned artifact) to
// schema.graphql, sorted so that the file only changes when the API does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appDir, loadStrapi, printServedSchema } from './strapi-app.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kig-schema-'));
Object.assign(process.env, {
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: join(dir, 'schema.db'),
  SEED_ON_EMPTY: 'false',
});
const { strapi } = await loadStrapi();
try {
  writeFileSync(join(appDir, 'schema.graphql'), printServedSchema(strapi));
  console.log('cms/schema.graphql written.');
} finally {
  await strapi.destroy();
  rmSync(dir, { recursive: true, force: true });
}
