import { afterAll, beforeAll, expect, it } from 'vitest';
import { COSTLIEST, MAX_COST } from '../../bench/queries/costliest.mjs';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

// bench/query-cost.mjs measured these shapes at their largest allowed size (bench/README.md).
it.each(COSTLIEST)('$name: allowed at the limit, refused just above it, with its cost named', async ({ query, cost, allowed }) => {
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
