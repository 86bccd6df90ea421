import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { EXPECTED_CSP, cspOf } from './support/headers';

let cms: Cms;
const nodeEnv = process.env.NODE_ENV;
beforeAll(async () => {
  cms = await startCms({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await cms?.stop();
  process.env.NODE_ENV = nodeEnv;
});

/** What an error answer must never contain: SQL, driver or file names, stack frames. */
const LEAK = /select\s|insert\s|"t0"|from\s+"|sqlite|postgres|knex|whereBetween|ERR_ASSERTION|node_modules|\/work\/|\.js:\d+|\bat\s+\S+\s+\(|stacktrace/i;
const PUBLIC_EXTENSIONS = ['code', 'cost', 'maxCost', 'argument'];

const expectClean = (label: string, status: number, body: { error?: object; errors?: { extensions?: object }[] }) => {
  expect(status, label).toBeLessThan(500);
  expect(JSON.stringify(body), label).not.toMatch(LEAK);
  for (const error of body.errors ?? []) {
    expect(Object.keys(error.extensions ?? {}).filter((key) => !PUBLIC_EXTENSIONS.includes(key)), label).toEqual([]);
  }
};

it('keeps introspection on in production, for partner sites', async () => {
  expect(cms.strapi.config.get('environment')).toBe('production');
  const { __type } = await cms.graphqlData<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "Place") { fields { name } } }`);
  expect(__type.fields.map((f) => f.name)).toContain('slug');
});

it('serves no Apollo landing page in production', async () => {
  for (const accept of ['text/html', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
    const response = await fetch(`${cms.url}/graphql`, { headers: { accept } });
    const text = await response.text();
    // 406 where the browser accepts HTML only, 400 (no query) otherwise; never a page.
    expect([400, 406]).toContain(response.status);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(text).not.toMatch(/<html|apollographql|sandbox/i);
    expect(cspOf(response)).toEqual(EXPECTED_CSP);
  }
});

it('sends the explicit Content-Security-Policy on the admin too', async () => {
  for (const path of ['/admin/init', '/admin/project-type', '/content-manager/init']) {
    expect(cspOf(await fetch(`${cms.url}${path}`)), path).toEqual(EXPECTED_CSP);
  }
});

describe('errors in production carry a message and a code, never SQL or stack traces', () => {
  it('over GraphQL, for refused sorts, filters and values', async () => {
    const queries = [
      `{ partners(sort: "places.slug") { slug places { slug } } }`,
      `{ partners_connection(sort: "places.slug:desc") { nodes { slug } pageInfo { total } } }`,
      `{ places(sort: "nonsense:desc") { slug } }`,
      `{ places(sort: "slug; drop table places") { slug } }`,
      `{ places(filters: { slug: { eq: 1 } }) { slug } }`,
      `{ places(filters: { slug: { eq: "\\u0000" } }) { slug } }`,
      `{ places(filters: { name: { containsi: "a\\u0000b" } }) { slug } }`,
      `{ places(filters: { slug: { between: ["a"] } }) { slug } }`,
      `{ places(filters: { slug: { between: ["a", "b", "c"] } }) { slug } }`,
      `{ places { slug `,
    ];
    for (const query of queries) {
      const { status, body } = await cms.graphql(query);
      expectClean(query, status, body);
      expect(body.errors?.every((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR') ?? true, query).toBe(true);
    }
    const between = await cms.graphql(`{ places(filters: { slug: { between: ["a"] } }) { slug } }`);
    expect(between.status).toBe(400);
    expect(between.body.errors?.[0]).toMatchObject({ message: 'The between operator takes exactly two values.', extensions: { code: 'BAD_USER_INPUT' } });
    const sort = await cms.graphql(`{ places(sort: "nonsense:desc") { slug } }`);
    expect(sort.status).toBe(400);
    expect(sort.body.errors?.[0]).toMatchObject({ message: 'Invalid key nonsense', path: ['places'] });
    expect(sort.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const nul = await cms.graphql(`{ places(filters: { slug: { eq: "\\u0000" } }) { slug } }`);
    if (cms.database === 'postgres') {
      expect(nul.status).toBe(400);
      expect(nul.body.errors?.[0].message).toMatch(/does not fit the field/);
    } else {
      expect(nul.body).toEqual({ data: { places: [] } });
    }
  });

  it('over REST, for malformed filters, sorts and values', async () => {
    const paths = [
      '/api/places?filters[$foo]=1',
      '/api/places?filters[slug][$bogus]=1',
      '/api/places?filters[id][$eq]=abc',
      '/api/places?filters[slug][$eq]=%00',
      '/api/places?filters[slug][$between]=a',
      '/api/places?sort=places.slug',
      '/api/partners?sort=places.slug&populate=places',
      '/api/places?sort=nonsense',
      '/api/places?pagination[page]=abc',
      '/api/places?populate[x]=1',
    ];
    for (const path of paths) {
      const { status, body } = await cms.rest<{ error: object }>(path);
      expectClean(path, status, body);
      if (status >= 400) expect(Object.keys(body.error).sort(), path).toEqual(['details', 'message', 'name', 'status']);
    }
    expect(await cms.rest('/api/places?filters[slug][$between]=a')).toMatchObject({ status: 400, body: { error: { message: 'The between operator takes exactly two values.' } } });
    const wrongType = await cms.rest('/api/places?filters[id][$eq]=abc');
    expect(wrongType.status).toBe(cms.database === 'postgres' ? 400 : 200);
    const malformed = await fetch(`${cms.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"data": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(LEAK);
  });

  it('answers a failure of the database itself generically, and logs it', async () => {
    // A real fault in the real database: the themes table is gone for a moment.
    const knex = cms.strapi.db.connection;
    const logged = vi.spyOn(cms.strapi.log, 'error');
    await knex.schema.renameTable('themes', 'themes_away');
    try {
      const graphql = await cms.graphql(`{ themes { slug } }`);
      expect(graphql.body).toEqual({ data: null, errors: [{ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      expect(JSON.stringify(graphql.body)).not.toMatch(LEAK);
      const rest = await cms.rest('/api/themes');
      expect(rest).toEqual({ status: 500, body: { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } } });
      expect(logged.mock.calls.map(([error]) => String(error))).toEqual([expect.stringMatching(/themes/), expect.stringMatching(/themes/)]);
    } finally {
      logged.mockRestore();
      await knex.schema.renameTable('themes_away', 'themes');
    }
    expect((await cms.graphqlData<{ themes: unknown[] }>(`{ themes { slug } }`)).themes).toHaveLength(3);
  });
});
