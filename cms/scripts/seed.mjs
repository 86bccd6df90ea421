#!/usr/bin/env node
// `pnpm seed`: imports data/seed/ idempotently into the configured database.
import { compiledModule, compile, loadStrapi, stopStrapi } from './strapi-app.mjs';

process.env.SEED_ON_EMPTY = 'false';
await compile();
const strapi = await loadStrapi();
try {
  /** @type {typeof import('../src/seed')} */
  const { seedContent } = compiledModule('seed');
  const created = await seedContent(strapi);
  console.log(`Seed finished: ${JSON.stringify(created)}`);
} finally {
  await stopStrapi(strapi);
}
