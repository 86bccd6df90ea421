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

it('describes every type, field, argument and enum value over introspection, for partners\' tools', async () => {
  type Described = { name: string; description: string | null };
  type Type = Described & {
    fields: (Described & { args: Described[] })[] | null;
    inputFields: Described[] | null;
    enumValues: Described[] | null;
  };
  const { __schema } = await cms.graphqlData<{ __schema: { types: Type[] } }>(`{
    __schema { types { name description
      fields { name description args { name description } }
      inputFields { name description }
      enumValues { name description } } }
  }`);
  const undescribed = __schema.types
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) => [
      ...(type.description ? [] : [type.name]),
      ...(type.fields ?? []).flatMap((field) => [
        ...(field.description ? [] : [`${type.name}.${field.name}`]),
        ...field.args.filter((arg) => !arg.description).map((arg) => `${type.name}.${field.name}(${arg.name})`),
      ]),
      ...[...(type.inputFields ?? []), ...(type.enumValues ?? [])].filter((item) => !item.description).map((item) => `${type.name}.${item.name}`),
    ]);
  expect(__schema.types.length).toBeGreaterThan(50);
  expect(undescribed).toEqual([]);
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
