import { createRequire } from 'node:module';
import type { GraphQLSchema, IntrospectionQuery, OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COSTLIEST, MAX_COST } from '../../bench/queries/costliest.mjs';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';
import { cases, siteOperation } from './support/site-operations';

const { queryCost } = compiledModule<typeof import('../src/graphql/cost/list-cost')>('graphql/cost/list-cost');
const { GRAPHQL_LIMITS } = compiledModule<typeof import('../src/graphql/cost/limits')>('graphql/cost/limits');
const { nestedListCap } = compiledModule<typeof import('../src/graphql/cost/list-reach')>('graphql/cost/list-reach');
// The CommonJS graphql that the compiled CMS uses: its types are not those of the ES module build.
const { buildClientSchema, getIntrospectionQuery, parse }: typeof import('graphql') = createRequire(import.meta.url)('graphql');

let cms: Cms;
/** Rows of the places table: fewer than a page of 100 in the seed, so they bound a nested list of places. */
let placeRows: number;
beforeAll(async () => {
  cms = await startCms();
  placeRows = await cms.strapi.db.query('api::place.place').count();
});
afterAll(() => cms?.stop());

/** The cost the server reports for `query`, doubled by an alias so that it is refused and names it. */
const doubledCost = async (query: string) => {
  const { status, body } = await cms.graphql(`{ a: ${query} b: ${query} }`);
  expect(status, query).toBe(400);
  return Number(body.errors?.[0].extensions?.cost) / 2;
};

// bench/query-cost.mjs measured these shapes at their largest allowed size (bench/README.md).
it.each(COSTLIEST)('$name: allowed at the limit, refused just above it, with its cost named', async ({ query, cost: model, allowed }) => {
  const cost = (n: number) => model(n, { places: placeRows });
  expect(cost(allowed)).toBeLessThanOrEqual(MAX_COST);
  expect(cost(allowed + 1)).toBeGreaterThan(MAX_COST);

  const within = await cms.graphql(query(allowed));
  expect(within.body.errors, JSON.stringify(within.body.errors)).toBeUndefined();
  expect(within.status).toBe(200);

  const beyond = await cms.graphql(query(allowed + 1));
  expect(beyond.status).toBe(400);
  expect(beyond.body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', cost: cost(allowed + 1), maxCost: MAX_COST });
  expect(beyond.body.data).toBeUndefined();
});

it('refuses filters and sorts that go from one relation to many entries into another, naming the argument', async () => {
  const refused: [string, Record<string, unknown> | undefined, string, string][] = [
    [`{ places(filters: { partners: { places: { slug: { eq: "x" } } } }) { slug } }`, undefined, 'filters', 'partners.places'],
    [`{ partners(filters: { or: [{ slug: { eq: "x" } }, { places: { themes: { slug: { eq: "x" } } } }] }) { slug } }`, undefined, 'filters', 'places.themes'],
    [`query ($f: PlaceFiltersInput) { places(filters: $f) { slug } }`, { f: { and: [{ localizations: { partners: { slug: { eq: 'x' } } } }] } }, 'filters', 'localizations.partners'],
    [`{ partners(pagination: { limit: 1 }) { places(filters: { themes: { localizations: { slug: { eq: "x" } } } }) { slug } } }`, undefined, 'filters', 'themes.localizations'],
    [`{ places(sort: ["name", "partners.places.name:desc"]) { slug } }`, undefined, 'sort', 'partners.places'],
  ];
  for (const [query, variables, argument, path] of refused) {
    const { status, body } = await cms.graphql(query, variables);
    expect(status, query).toBe(400);
    expect(body.errors?.[0].extensions, query).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', argument });
    expect(body.errors?.[0].message, query).toContain(`${path} goes from`);
  }
  // One relation to many entries per path is fine, also followed by relations to one.
  for (const query of [
    `{ places(filters: { partners: { address: { town: { eq: "Stendal" } } }, themes: { slug: { eq: "wohnen-bauen" } } }) { slug } }`,
    `{ places(sort: ["partners.name", "region.parent.name"]) { slug } }`,
  ]) {
    const { status, body } = await cms.graphql(query);
    expect(body.errors, query).toBeUndefined();
    expect(status).toBe(200);
  }
});

// Issue 16: a nested list counted its page of 25 whatever its type held, so these were refused.
const NATURAL = [
  { query: 'places(pagination: { limit: 100 }) { name slug region { name } themes { name } }', before: 2700, after: 100 + 100 + 100 * 6 },
  { query: 'places(pagination: { limit: 100 }) { slug travelTimes { minutes } }', before: 2600, after: 100 + 100 * 5 },
];

it('counts a nested list at most at its type\'s rows (3 themes in 2 locales) and a component at its cap (5 travel times)', async () => {
  const { data } = (await cms.graphql<IntrospectionQuery>(getIntrospectionQuery())).body;
  const schema = buildClientSchema(data!);
  const limits = { maxCost: MAX_COST, defaultLimit: 25, maxLimit: 100, relationWeight: 50, fieldWeights: {} };
  for (const { query, before, after } of NATURAL) {
    const document = parse(`{ ${query} }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(queryCost(schema, document, operation, {}, { ...limits, reach: () => undefined }), query).toBe(before);
    expect(await doubledCost(query)).toBe(after);
    const { status, body } = await cms.graphql<{ places: unknown[] }>(`{ ${query} }`);
    expect(body.errors, query).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.places.length).toBeGreaterThan(10);
  }
});

it('still refuses nested lists whose types hold many entries', async () => {
  const partnerRows = await cms.strapi.db.query('api::partner.partner').count();
  const { status, body } = await cms.graphql(`{ places(pagination: { limit: 100 }) { slug partners { slug places(pagination: { limit: 100 }) { slug } } } }`);
  expect(status).toBe(400);
  expect(body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 100 + 100 * partnerRows * (1 + Math.min(100, placeRows)), maxCost: MAX_COST });
});

it('refuses a repeatable component beyond its cap on save, with a German message on the field', async () => {
  const places = cms.strapi.documents('api::place.place');
  const place = (await places.findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' }))!;
  const travelTimes = (n: number) => Array.from({ length: n }, (_, i) => ({ from: `Ort ${i + 1}`, to: 'Salzwedel', minutes: 10 + i, mode: 'bike' as const }));
  await expect(places.update({ documentId: place.documentId, locale: 'de', data: { travelTimes: travelTimes(6) } })).rejects.toMatchObject({
    name: 'ValidationError',
    details: { errors: [{ path: ['travelTimes'], message: expect.stringContaining('Höchstens 5 Einträge, hier sind es 6') }] },
  });
  const saved = await places.update({ documentId: place.documentId, locale: 'de', data: { travelTimes: travelTimes(5) }, populate: ['travelTimes'] });
  expect(saved?.travelTimes).toHaveLength(5);
});

it('counts entries created and deleted since boot at once: more themes, a higher cost, and back', async () => {
  const themes = cms.strapi.documents('api::theme.theme');
  const created: string[] = [];
  for (let i = 0; i < 20; i++) created.push((await themes.create({ locale: 'de', data: { name: `Testthema ${i}`, slug: `testthema-${i}` } })).documentId);
  // 26 themes: the list counts its page of 25 again, as it did before.
  expect(await doubledCost(NATURAL[0].query)).toBe(NATURAL[0].before);
  for (const documentId of created) await themes.delete({ documentId });
  expect(await doubledCost(NATURAL[0].query)).toBe(NATURAL[0].after);
});

let schema: GraphQLSchema | undefined;
const servedSchema = async () => (schema ??= buildClientSchema((await cms.graphql<IntrospectionQuery>(getIntrospectionQuery())).body.data!));

// The seed's tables are small, and a nested list costs no more than its target's rows: a site
// query that passes here could be refused once editors have added entries (the people's list was).
it.each(cases)('the site\'s $name stays within the limit however large the tables grow', async ({ operation, variables }) => {
  const document = parse(siteOperation(operation));
  const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const cost = queryCost(await servedSchema(), document, definition, variables, { ...GRAPHQL_LIMITS, reach: nestedListCap });
  expect(cost).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
});
