import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, previewToken, startCms, type Cms, type GraphQLBody } from './support/cms';
import { readJson } from './support/json';

let cms: Cms;
let draftOnly: string;
let otherToken: string;
const DRAFT_TEASER = 'ENTWURF: noch nicht veröffentlicht';

beforeAll(async () => {
  cms = await startCms();
  const places = cms.strapi.documents('api::place.place');
  const partner = await cms.strapi.documents('api::partner.partner').findFirst({ filters: { slug: 'daily-am-dom' } });
  const region = await cms.strapi.documents('api::region.region').findFirst({ filters: { slug: 'altmark' }, locale: 'de' });
  const draft = await places.create({
    locale: 'de',
    data: {
      name: 'Geheimer Entwurf',
      slug: 'geheimer-entwurf',
      teaser: DRAFT_TEASER,
      stage: 'idea',
      network: 'kreativorte_im_gruenen',
      isSample: false,
      internalNotes: 'vertraulich',
      region: region!.documentId,
      partners: [partner!.documentId],
    },
  });
  draftOnly = draft.documentId;
  const published = await places.findFirst({ filters: { slug: 'buergermeisterhof' }, locale: 'de' });
  await places.update({ documentId: published!.documentId, locale: 'de', data: { teaser: DRAFT_TEASER } });

  const token = await cms.strapi.service('admin::api-token').create({
    name: 'partner-read-only',
    kind: 'content-api',
    type: 'read-only',
    lifespan: null,
  });
  otherToken = token.accessKey;
});
afterAll(() => cms?.stop());

const errorOf = (body: GraphQLBody) => body.errors?.[0];

describe('mutations', () => {
  it('offers no mutation at all and runs none', async () => {
    const before = await cms.strapi.db.query('api::place.place').count();
    for (const mutation of [
      `mutation { createPlace(data: { name: "X", slug: "x", teaser: "x" }) { documentId } }`,
      `mutation { deletePlace(documentId: "${draftOnly}") { documentId } }`,
      `mutation { register(input: { username: "eve", email: "eve@example.com", password: "Secret123" }) { jwt } }`,
      `mutation { deleteUploadFile(id: 1) { id } }`,
    ]) {
      const { status, body } = await cms.graphql(mutation);
      expect(status, mutation).toBe(400);
      expect(errorOf(body)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const { __schema } = await cms.graphqlData<{ __schema: { mutationType: unknown } }>(`{ __schema { mutationType { name } } }`);
    expect(__schema.mutationType).toBeNull();
    expect(await cms.strapi.db.query('api::place.place').count()).toBe(before);
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  it('keeps REST read-only for the public', async () => {
    const response = await fetch(`${cms.url}/api/places`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { name: 'X', slug: 'x', teaser: 'x' } }),
    });
    expect(response.status).toBe(403);
    const register = await fetch(`${cms.url}/api/auth/local/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eve', email: 'eve@example.com', password: 'Secret123' }),
    });
    expect(register.status).toBe(403);
  });
});

describe('private fields', () => {
  const PRIVATE_EMAIL = 'menschen-des-orts@example.org';
  beforeAll(async () => {
    // On the live version too: what the place's own people may be written to is never public.
    await cms.strapi.db.query('api::place.place').updateMany({ where: { slug: 'kultur-nische' }, data: { privateEmail: PRIVATE_EMAIL } });
  });

  it('are absent from introspection', async () => {
    type Names = { name: string }[];
    const data = await cms.graphqlData<{ place: { fields: Names }; filters: { inputFields: Names } }>(`{
      place: __type(name: "Place") { fields { name } }
      filters: __type(name: "PlaceFiltersInput") { inputFields { name } }
    }`);
    const fields = data.place.fields.map((f) => f.name);
    const filters = data.filters.inputFields.map((f) => f.name);
    expect(fields).toContain('teaser');
    for (const hidden of ['internalNotes', 'internalContact', 'privateEmail', 'createdBy', 'updatedBy']) {
      expect(fields).not.toContain(hidden);
      expect(filters).not.toContain(hidden);
    }
  });

  it('cannot be queried or filtered on over GraphQL', async () => {
    const select = await cms.graphql(`{ places { internalNotes } }`);
    expect(select.status).toBe(400);
    const filter = await cms.graphql(`{ places(filters: { internalNotes: { contains: "Rückruf" } }) { slug } }`);
    expect(filter.status).toBe(400);
    const createdBy = await cms.graphql(`{ places(filters: { createdBy: { id: { eq: 1 } } }) { slug } }`);
    expect(createdBy.status).toBe(400);
    expect((await cms.graphql(`{ places { privateEmail } }`)).status).toBe(400);
    expect((await cms.graphql(`{ places(filters: { privateEmail: { contains: "@" } }) { slug } }`)).status).toBe(400);
  });

  it('never appear over REST, and filtering on them does not reveal anything', async () => {
    const all = await cms.rest('/api/places?populate=*&pagination[pageSize]=100');
    expect(all.status).toBe(200);
    const text = JSON.stringify(all.body);
    expect(text).not.toMatch(/internalNotes|internalContact|privateEmail|createdBy|updatedBy/);
    expect(text).not.toContain(PRIVATE_EMAIL);

    const bogus = await cms.rest<{ data?: unknown }>('/api/places?filters[doesNotExist][$contains]=x');
    for (const field of ['internalNotes', 'privateEmail', 'createdBy][id', 'updatedBy][id']) {
      const probe = await cms.rest<{ data?: unknown }>(`/api/places?filters[${field}][$contains]=${field === 'privateEmail' ? 'menschen' : 'R'}`);
      expect(probe.status, field).toBe(bogus.status);
      expect(probe.body.data ?? null, field).toEqual(bogus.body.data ?? null);
    }
  });

  it("stay hidden behind a notice's place, over GraphQL and REST", async () => {
    expect((await cms.graphql(`{ notices { place { privateEmail } } }`)).status).toBe(400);
    expect((await cms.graphql(`{ notices(filters: { place: { privateEmail: { contains: "@" } } }) { text } }`)).status).toBe(400);
    const all = await cms.rest('/api/notices?populate=*&pagination[pageSize]=100');
    expect(all.status).toBe(200);
    expect(JSON.stringify(all.body)).not.toMatch(/internalNotes|internalContact|privateEmail|createdBy|updatedBy|menschen-des-orts/);
    const bogus = await cms.rest<{ data?: unknown }>('/api/notices?filters[place][doesNotExist][$contains]=x');
    const probe = await cms.rest<{ data?: unknown }>('/api/notices?filters[place][privateEmail][$contains]=menschen');
    expect(probe.status).toBe(bogus.status);
    expect(probe.body.data ?? null).toEqual(bogus.body.data ?? null);
  });

  it("of a person (the consent record) and of their places are neither answered nor filterable, over GraphQL and REST", async () => {
    for (const field of ['consentGivenOn', 'consentScope', 'consentRecordedBy', 'consentWithdrawnOn']) {
      expect((await cms.graphql(`{ people { ${field} } }`)).status, field).toBe(400);
      expect((await cms.graphql(`{ people(filters: { ${field}: { null: false } }) { slug } }`)).status, field).toBe(400);
    }
    expect((await cms.graphql(`{ people { places { privateEmail } } }`)).status).toBe(400);
    const all = await cms.rest('/api/people?populate=*&pagination[pageSize]=100');
    expect(all.status).toBe(200);
    // Keys and the seed's consent text, not any substring: a random documentId may spell "consent".
    expect(JSON.stringify(all.body)).not.toMatch(/"(consent\w*|internalNotes|internalContact|privateEmail|createdBy|updatedBy)":|Keine echte Person/);
    const bogus = await cms.rest<{ data?: unknown }>('/api/people?filters[doesNotExist][$contains]=x');
    const probe = await cms.rest<{ data?: unknown }>('/api/people?filters[consentScope][$contains]=Beispiel');
    expect(probe.status).toBe(bogus.status);
    expect(probe.body.data ?? null).toEqual(bogus.body.data ?? null);
  });
});

describe('drafts', () => {
  const LIST = `query ($status: PublicationStatus) { places(status: $status, pagination: { limit: 100 }) { slug teaser } }`;
  type Teasers = { places: { slug: string; teaser: string }[] };

  it('are not returned to the public by default', async () => {
    const { body } = await cms.graphql<Teasers>(LIST);
    const slugs = body.data!.places.map((p) => p.slug);
    expect(slugs).not.toContain('geheimer-entwurf');
    expect(JSON.stringify(body)).not.toContain(DRAFT_TEASER);
  });

  it('are refused through GraphQL status: DRAFT, at the root and nested', async () => {
    for (const [query, variables] of [
      [LIST, { status: 'DRAFT' }],
      [`{ places(status: DRAFT) { slug } }`, undefined],
      [`{ place(documentId: "${draftOnly}", status: DRAFT) { slug } }`, undefined],
    ] as const) {
      const { status, body } = await cms.graphql(query, variables);
      expect(status, query).toBe(403);
      expect(errorOf(body)?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(body)).not.toContain(DRAFT_TEASER);
    }
    // Relation fields take no status argument in Strapi 5.54: refused as invalid.
    const nested = await cms.graphql(`{ partners { slug places(status: DRAFT) { slug teaser } } }`);
    expect([400, 403]).toContain(nested.status);
    expect(JSON.stringify(nested.body)).not.toContain(DRAFT_TEASER);
  });

  it('stay hidden under published parents', async () => {
    const { body } = await cms.graphql(`{ partners(pagination: { limit: 10 }) { slug places(pagination: { limit: 90 }) { slug teaser } } }`);
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/geheimer-entwurf|ENTWURF/);
  });

  it('stay hidden behind the homepage, a type without draft & publish that links to places', async () => {
    // Strapi links a type without draft & publish to both the draft and the published row
    // of a place; the relation must still show published places only.
    const homepages = cms.strapi.documents('api::homepage.homepage');
    const homepage = (await homepages.findFirst({ locale: 'de', populate: ['featuredPlaces'] }))!;
    const featured = [...new Set((homepage.featuredPlaces ?? []).map((p) => p.documentId))];
    await homepages.update({ documentId: homepage.documentId, locale: 'de', data: { featuredPlaces: [...featured, draftOnly] } });
    const stored = await cms.strapi.db
      .query('api::homepage.homepage')
      .findOne({ where: { locale: 'de' }, populate: { featuredPlaces: { select: ['slug', 'teaser'] } } });
    expect(stored.featuredPlaces.map((p: { slug: string }) => p.slug)).toContain('geheimer-entwurf');
    expect(stored.featuredPlaces.map((p: { teaser: string }) => p.teaser)).toContain(DRAFT_TEASER);

    const { body } = await cms.graphql<{ homepage: { featuredPlaces: Teasers['places'] } }>(`{ homepage {
      featuredPlaces(pagination: { limit: 20 }) { slug teaser }
      featuredPlaces_connection(pagination: { limit: 20 }) { nodes { slug teaser } }
    } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.homepage.featuredPlaces.map((p) => p.slug)).toContain('buergermeisterhof');
    expect(body.data!.homepage.featuredPlaces).toHaveLength(featured.length);
    expect(JSON.stringify(body)).not.toMatch(/geheimer-entwurf|ENTWURF/);

    const refused = await cms.graphql(`{ homepage(status: DRAFT) { featuredPlaces { slug teaser } } }`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain(DRAFT_TEASER);

    const rest = await cms.rest<{ data: { featuredPlaces: unknown[] } }>('/api/homepage?populate[featuredPlaces][fields][0]=slug&populate[featuredPlaces][fields][1]=teaser');
    expect(rest.status).toBe(200);
    expect(rest.body.data.featuredPlaces).toHaveLength(featured.length);
    expect(JSON.stringify(rest.body)).not.toMatch(/geheimer-entwurf|ENTWURF/);
    expect((await cms.rest('/api/homepage?status=draft&populate=featuredPlaces')).status).toBe(403);
  });

  it('cannot be reached through a type without draft & publish, except through reviewed fields', async () => {
    // Each field here has a test proving that it shows published entries only: above, and
    // for placesNear's results in tests/partner-api.test.ts.
    const reviewed = ['Homepage.featuredPlaces', 'PlaceDistance.place'];
    type TypeRef = { name: string | null; ofType?: TypeRef | null };
    type SchemaType = { name: string; kind: string; fields: { name: string; type: TypeRef }[] | null };
    const { __schema } = await cms.graphqlData<{ __schema: { types: SchemaType[] } }>(
      `{ __schema { types { name kind fields { name type { name kind ofType { name kind ofType { name ofType { name } } } } } } } }`,
    );
    const draftTypes = ['Place', 'Partner', 'Meeting', 'Event', 'Notice', 'Person', 'Article'];
    const named = (t: TypeRef | null | undefined): string | null | undefined => t?.name ?? named(t?.ofType);
    const withoutDraftAndPublish = __schema.types.filter(
      (t) => t.kind === 'OBJECT' && !draftTypes.includes(t.name) && !t.name.startsWith('__') && t.name !== 'Query' && !/(EntityResponseCollection|RelationResponseCollection)$/.test(t.name),
    );
    expect(withoutDraftAndPublish.map((t) => t.name)).toEqual(expect.arrayContaining(['Region', 'Theme', 'UploadFile', 'ComponentSharedImage']));
    for (const type of withoutDraftAndPublish) {
      for (const field of (type.fields ?? []).filter((f) => !reviewed.includes(`${type.name}.${f.name}`))) {
        expect(draftTypes, `${type.name}.${field.name}`).not.toContain(named(field.type));
      }
    }
  });

  it('are refused through REST ?status=draft', async () => {
    for (const path of ['/api/places?status=draft', `/api/places/${draftOnly}?status=draft`, '/api/partners?status=draft&populate=places']) {
      const { status, body } = await cms.rest(path);
      expect(status, path).toBe(403);
      expect(JSON.stringify(body)).not.toContain(DRAFT_TEASER);
    }
    const published = await cms.rest('/api/partners?populate=places&pagination[pageSize]=100');
    expect(published.status).toBe(200);
    expect(JSON.stringify(published.body)).not.toMatch(/geheimer-entwurf|ENTWURF/);
  });

  it('are readable with the preview token, and with no other token', async () => {
    const drafts = (await cms.graphqlData<Teasers>(LIST, { status: 'DRAFT' }, bearer(previewToken()))).places;
    expect(drafts.map((p) => p.slug)).toContain('geheimer-entwurf');
    expect(drafts.find((p) => p.slug === 'buergermeisterhof')?.teaser).toBe(DRAFT_TEASER);
    const rest = await cms.rest('/api/places?status=draft&pagination[pageSize]=100', bearer(previewToken()));
    expect(rest.status).toBe(200);
    expect(JSON.stringify(rest.body)).toContain(DRAFT_TEASER);

    const other = await cms.graphql(LIST, { status: 'DRAFT' }, bearer(otherToken));
    expect(other.status).toBe(403);
    expect((await cms.rest('/api/places?status=draft', bearer(otherToken))).status).toBe(403);
    const otherPublished = await cms.graphql(LIST, undefined, bearer(otherToken));
    expect(otherPublished.status).toBe(200);
    expect(JSON.stringify(otherPublished.body)).not.toContain(DRAFT_TEASER);
  });
});

describe('limits', () => {
  const nest = (depth: number): string => (depth === 0 ? 'slug' : `slug partners { slug places { ${nest(depth - 1)} } }`);
  const EXTRA_PLACES = 100;

  beforeAll(async () => {
    // Enough places for the limits to bite: the seed alone has fewer than one page of 100.
    const partner = await cms.strapi.documents('api::partner.partner').findFirst({ filters: { slug: 'zimmerei-elbholz' } });
    for (let i = 0; i < EXTRA_PLACES; i++) {
      await cms.strapi.documents('api::place.place').create({
        locale: 'de',
        status: 'published',
        data: { name: `Lastprobe ${i}`, slug: `lastprobe-${i}`, teaser: 'Lastprobe', stage: 'idea', network: 'other', isSample: true, partners: [partner!.documentId] },
      });
    }
  }, 120_000);

  it('refuses a query deeper than the limit before running it', async () => {
    const { status, body } = await cms.graphql(`{ places { ${nest(4)} } }`);
    expect(status).toBe(400);
    expect(errorOf(body)?.message).toMatch(/exceeds maximum operation depth/);
  });

  it('caps the page size at the root and on nested lists', async () => {
    type PageInfo = { places_connection: { pageInfo: { pageSize: number; total: number } } };
    const root = await cms.graphqlData<PageInfo>(`{ places_connection(pagination: { limit: 100000 }) { pageInfo { pageSize total } } }`);
    expect(root.places_connection.pageInfo.pageSize).toBe(100);
    expect(root.places_connection.pageInfo.total).toBeGreaterThan(100);
    const list = await cms.graphqlData<{ places: unknown[] }>(`{ places(pagination: { limit: 100000 }) { slug } }`);
    expect(list.places).toHaveLength(100);

    type Partners = { places: unknown[] }[];
    const nested = await cms.graphqlData<{ byDefault: Partners; capped: Partners }>(`{
      byDefault: partners(filters: { slug: { eq: "zimmerei-elbholz" } }, pagination: { limit: 1 }) { places { slug } }
      capped: partners(filters: { slug: { eq: "zimmerei-elbholz" } }, pagination: { limit: 1 }) { places(pagination: { limit: 100000 }) { slug } }
    }`);
    expect(nested.byDefault[0].places).toHaveLength(25);
    expect(nested.capped[0].places).toHaveLength(100);
  });

  it('refuses an alias bomb', async () => {
    const small = Array.from({ length: 100 }, (_, i) => `a${i}: themes { slug }`).join(' ');
    const refused = await cms.graphql(`{ ${small} }`);
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body)?.message).toMatch(/aliases/i);

    const huge = Array.from({ length: 500 }, (_, i) => `a${i}: places(pagination: { limit: 100 }) { slug }`).join(' ');
    const { status, body } = await cms.graphql(`{ ${huge} }`);
    expect(status).toBe(400);
    expect(errorOf(body)?.message).toMatch(/tokens/i);
  });

  it('refuses a query whose lists multiply past the cost limit', async () => {
    const { status, body } = await cms.graphql(
      `{ places(pagination: { limit: 100 }) { slug partners(pagination: { limit: 100 }) { slug places(pagination: { limit: 100 }) { slug } } } }`,
    );
    // A nested list counts at most its type's rows: the seed has fewer than 100 places and partners.
    const [places, partners] = await Promise.all(['api::place.place', 'api::partner.partner'].map((uid) => cms.strapi.db.query(uid).count()));
    const [perPlace, partnersPerPlace] = [Math.min(100, places), Math.min(100, partners)];
    expect(status).toBe(400);
    expect(errorOf(body)?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 100 + 100 * partnersPerPlace * (1 + perPlace), maxCost: 1000 });
    const viaVariables = await cms.graphql(
      `query ($p: PaginationArg) { places_connection(pagination: $p) { nodes { partners(pagination: $p) { places(pagination: $p) { slug } } } } }`,
      { p: { pageSize: 40 } },
    );
    expect(viaVariables.status).toBe(400);
    const partnersOf40 = Math.min(40, partners);
    expect(errorOf(viaVariables.body)?.extensions?.cost).toBe(1 + 40 + 40 * partnersOf40 * (1 + Math.min(40, places)));
  });

  // How fast these are is a benchmark's question on a quiet machine, not a test's on a busy one.
  it('answers the most expensive queries that the limits allow, and stays up', async () => {
    const widest = `places(pagination: { limit: 100 }) { slug region { parent { slug } } cover { media { url } } address { town } geo { latitude } facts { yearBuilt } contact { email } seo { metaTitle } }`;
    const deepest = `places(pagination: { limit: 10 }) { slug partners(pagination: { limit: 10 }) { slug places(pagination: { limit: 4 }) { slug meetings(pagination: { limit: 1 }) { slug } } } }`;
    for (const query of [widest, deepest]) {
      const { status, body } = await cms.graphql(`{ ${query} }`);
      expect(body.errors, query).toBeUndefined();
      expect(status).toBe(200);
    }
    const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: ${widest}`).join(' ');
    const refused = await cms.graphql(`{ ${fifteen} }`);
    expect(refused.status).toBe(400);
    const after = await cms.graphqlData<{ themes: unknown[] }>(`{ themes { slug } }`);
    expect(after.themes).toHaveLength(3);
  });

  it('refuses more than 10 directives, wherever they are', async () => {
    const fields = (n: number, directive = '@include(if: true)') => Array.from({ length: n }, (_, i) => `d${i}: slug ${directive}`).join(' ');
    const ten = await cms.graphql(`{ themes { ${fields(10)} } }`);
    expect(ten.body.errors).toBeUndefined();
    expect(ten.status).toBe(200);
    for (const query of [
      `{ themes { ${fields(11)} } }`,
      `{ themes { ${fields(6)} ...names @skip(if: false) } } fragment names on Theme { ${fields(4, '@skip(if: false)')} name }`,
      `query ($yes: Boolean!) { themes @include(if: $yes) { ${fields(10, '@include(if: $yes)')} } }`,
    ]) {
      const { status, body } = await cms.graphql(query, { yes: true });
      expect(status, query).toBe(400);
      expect(errorOf(body)?.message, query).toMatch(/directives/i);
    }
  });

  it('refuses batched operations: one operation per request', async () => {
    const themes = { query: '{ themes { slug } }' };
    for (const batch of [[themes, themes], [themes], Array.from({ length: 50 }, () => themes)]) {
      const response = await fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
      expect(response.status).toBe(400);
      expect((await readJson<GraphQLBody>(response)).errors).toEqual([{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }]);
    }
    const repeated = await fetch(`${cms.url}/graphql?query=${encodeURIComponent(themes.query)}&query=${encodeURIComponent(themes.query)}`);
    expect(repeated.status).toBe(400);
  });

  it('refuses a query with too many tokens with a 400', async () => {
    const fields = Array.from({ length: 3000 }, () => 'slug').join(' ');
    const { status, body } = await cms.graphql(`{ themes { ${fields} } }`);
    expect(status).toBe(400);
    expect(errorOf(body)?.message).toMatch(/tokens/i);
  });

  it('answers a malformed query with a clear GraphQL error, not a 500', async () => {
    const syntax = await cms.graphql(`{ places { slug `);
    expect(syntax.status).toBe(400);
    expect(errorOf(syntax.body)?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await cms.graphql(`{ places { nonsense } }`);
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await cms.graphql(`query ($l: Int) { places(pagination: { limit: $l }) { slug } }`, { l: 'viele' });
    expect(badVariable.status).toBe(400);
    const notJson = await fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).not.toMatch(/JSON\.parse|node_modules/);
  });
});
