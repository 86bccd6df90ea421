import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { printServedSchema } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

it('the committed schema.graphql is the schema the CMS serves (run `pnpm schema` when this fails)', async () => {
  const served = printServedSchema(cms.strapi);
  const committed = readFileSync(resolve(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(served === committed).toBe(true);
});

it('the served schema and the one over introspection agree', async () => {
  const { __schema } = await cms.graphqlData<{ __schema: { queryType: { fields: { name: string }[] } } }>(`{ __schema { queryType { fields { name } } } }`);
  const committed = readFileSync(resolve(__dirname, '..', 'schema.graphql'), 'utf8');
  const rootFields = __schema.queryType.fields.map((f) => f.name);
  expect(rootFields.length).toBeGreaterThan(10);
  for (const field of rootFields) expect(committed).toContain(`  ${field}(`);
});

it('serves plain fields with their own resolvers, and keeps the permission check on root fields', () => {
  // Strapi's own copy of graphql-js built this schema, so it is read by shape, not with isObjectType.
  type Fields = { getFields: () => Record<string, { resolve?: () => unknown }> };
  const schema = cms.strapi.plugin('graphql').service('content-api').buildSchema();
  const place: Fields = schema.getType('Place');
  const query: Fields = schema.getType('Query');
  // plugin-graphql's wrapper is an async function: a plain field answers synchronously without it.
  expect(place.getFields().name.resolve?.name).toBe('defaultFieldResolver');
  expect(query.getFields().places.resolve?.constructor.name).toBe('AsyncFunction');
});
