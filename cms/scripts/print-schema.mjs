#!/usr/bin/env node
// Writes the GraphQL schema that the CMS serves (not Strapi's unpruned artifact) to
// schema.graphql, sorted so that the file only changes when the API does, and Strapi's
// content-type typings to types/generated/, which the type check of the server code reads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolatedCmsEnv, throwawayCmsSecrets } from './isolated-env.mjs';
import { appDir, compile, generateTypings, loadStrapi, printServedSchema, stopStrapi } from './strapi-app.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kig-schema-'));
Object.assign(
  process.env,
  isolatedCmsEnv({
    ...throwawayCmsSecrets(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: join(dir, 'schema.db'),
    PUBLIC_DIR: join(dir, 'public'),
    SEED_ON_EMPTY: 'false',
  }),
);
await compile();
const strapi = await loadStrapi();
try {
  writeFileSync(join(appDir, 'schema.graphql'), printServedSchema(strapi));
  await generateTypings(strapi, join(appDir, 'types'));
  console.log('cms/schema.graphql and cms/types/generated/ written.');
} finally {
  await stopStrapi(strapi);
  rmSync(dir, { recursive: true, force: true });
}
