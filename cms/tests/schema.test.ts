import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

it('the committed schema.graphql is the schema the CMS serves (run `pnpm schema` when this fails)', async () => {
  const served = `${printSchema(lexicographicSortSchema(cms.strapi.plugin('graphql').service('content-api').buildSchema())).trim()}\n`;
  const committed = readFileSync(resolve(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(served === committed).toBe(true);
});

it('the served schema and the one over introspection agree', async () => {
  const { body } = await cms.graphql(`{ __schema { queryType { fields { name } } } }`);
  const committed = readFileSync(resolve(__dirname, '..', 'schema.graphql'), 'utf8');
  const rootFields = body.data.__schema.queryType.fields.map((f: { name: string }) => f.name);
  expect(rootFields.length).toBeGreaterThan(10);
  for (const field of rootFields) expect(committed).toContain(`  ${field}(`);
});
