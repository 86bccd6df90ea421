import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { bearer, previewToken, startCms, type Cms, type GraphQLBody } from './support/cms';
import { siteToken } from './support/env';
import { readJson } from './support/json';
import { runScript } from './support/scripts';

type Point = { latitude: number; longitude: number };
type SeedPlace = { slug: string; isSample: boolean; stage: string; network: string; region: string; themes: string[]; geo: Point; en?: { name: string } };
type SeedRegion = { slug: string; parent: string | null; de: { name: string }; en: { name: string } };
type SeedTheme = { slug: string; de: { name: string }; en: { name: string } };

const seed = <T>(file: string): T[] => JSON.parse(readFileSync(resolve(__dirname, '..', 'data', 'seed', file), 'utf8'));
const seedPlaces = seed<SeedPlace>('places.json');
const seedRegions = seed<SeedRegion>('regions.json');
const seedThemes = seed<SeedTheme>('themes.json');

const { createPartnerToken } = compiledModule<typeof import('../src/access/partner-token')>('access/partner-token');
const { publicActions } = compiledModule<typeof import('../src/access/permissions')>('access/permissions');
const { PUBLIC_READ, NOT_CACHEABLE } = compiledModule<typeof import('../src/http/cache-policy')>('http/cache-policy');

/** The haversine formula on a sphere of 6,371 km, written apart from the CMS's own. */
const distanceKm = (a: Point, b: Point) => {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

/** The seed's places within the radius, nearest first, ties by slug. */
const expectedNear = (center: Point, radiusKm: number, { includeSamples = false } = {}) =>
  seedPlaces
    .filter((p) => includeSamples || !p.isSample)
    .map((p) => ({ slug: p.slug, distanceKm: distanceKm(center, p.geo) }))
    .filter((p) => p.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || (a.slug < b.slug ? -1 : 1));

const STENDAL = { latitude: 52.6055, longitude: 11.8594 };
const NEAR = /* GraphQL */ `
  query Near($lat: Float!, $lng: Float!, $radiusKm: Float!, $limit: Int, $includeSamples: Boolean, $locale: I18NLocaleCode) {
    placesNear(lat: $lat, lng: $lng, radiusKm: $radiusKm, limit: $limit, includeSamples: $includeSamples, locale: $locale) {
      distanceKm
      place { slug name teaser isSample }
    }
  }
`;
type Near = { placesNear: { distanceKm: number; place: { slug: string; name: string; teaser: string; isSample: boolean } }[] };

const DRAFT_TEASER = 'ENTWURF: noch nicht veröffentlicht';
let cms: Cms;

beforeAll(async () => {
  // A low limit for requests without a token, which the tests below must not meet: they come
  // from this machine, where the website's server runs, and that address is exempt by default.
  cms = await startCms({ PUBLIC_RATE_LIMIT: '2' });
  const places = cms.strapi.documents('api::place.place');
  const region = await cms.strapi.documents('api::region.region').findFirst({ filters: { slug: 'altmark' }, locale: 'de' });
  // A draft-only place and a draft change to a published one, next to Stendal.
  await places.create({
    locale: 'de',
    data: { name: 'Geheimer Entwurf', slug: 'geheimer-entwurf', teaser: DRAFT_TEASER, stage: 'idea', network: 'kreativorte_im_gruenen', isSample: false, region: region!.documentId, geo: STENDAL },
  });
  const withPartner = await places.findFirst({ filters: { slug: 'speicherwerk-tangermuende' }, locale: 'de' });
  await places.update({ documentId: withPartner!.documentId, locale: 'de', data: { teaser: DRAFT_TEASER } });
});
afterAll(() => cms?.stop());

const near = async (variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
  (await cms.graphqlData<Near>(NEAR, variables, headers)).placesNear;

const at = (point: Point) => ({ lat: point.latitude, lng: point.longitude });

describe('placesNear', () => {
  it('returns the places within the radius, nearest first, with their great-circle distance', async () => {
    const expected = expectedNear(STENDAL, 40, { includeSamples: true });
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(seedPlaces.length);

    const result = await near({ ...at(STENDAL), radiusKm: 40, limit: 100, includeSamples: true });
    expect(result.map((r) => r.place.slug)).toEqual(expected.map((p) => p.slug));
    result.forEach((r, i) => expect(Math.abs(r.distanceKm - expected[i].distanceKm), r.place.slug).toBeLessThan(0.01));
  });

  it('leaves sample places out unless asked for them', async () => {
    const expected = expectedNear(STENDAL, 1000);
    expect(expected.length).toBeGreaterThan(0);
    const result = await near({ ...at(STENDAL), radiusKm: 1000 });
    expect(result.map((r) => r.place.slug)).toEqual(expected.map((p) => p.slug));
    expect(result.every((r) => !r.place.isSample)).toBe(true);
  });

  it('returns at most limit places, 25 by default', async () => {
    const all = expectedNear(STENDAL, 1000, { includeSamples: true });
    const three = await near({ ...at(STENDAL), radiusKm: 1000, limit: 3, includeSamples: true });
    expect(three.map((r) => r.place.slug)).toEqual(all.slice(0, 3).map((p) => p.slug));
    const byDefault = await near({ ...at(STENDAL), radiusKm: 1000, includeSamples: true });
    expect(byDefault).toHaveLength(Math.min(25, all.length));
  });

  it('shows published versions only, also in nested relations', async () => {
    type Slugged = { slug: string };
    type Nearby = { placesNear: { place: Slugged & { partners: (Slugged & { places: Slugged[] })[] } }[] };
    const data = await cms.graphqlData<Nearby>(`{
      placesNear(lat: ${STENDAL.latitude}, lng: ${STENDAL.longitude}, radiusKm: 15, limit: 10, includeSamples: true) {
        place { slug teaser partners(pagination: { limit: 3 }) { slug places(pagination: { limit: 20 }) { slug teaser } } }
      }
    }`);
    const slugs = data.placesNear.map((r) => r.place.slug);
    expect(slugs).toContain('speicherwerk-tangermuende');
    expect(slugs).not.toContain('geheimer-entwurf');
    expect(JSON.stringify(data)).not.toContain(DRAFT_TEASER);
    const partners = data.placesNear.flatMap((r) => r.place.partners);
    expect(partners.flatMap((p) => p.places).map((p) => p.slug)).toContain('speicherwerk-tangermuende');
  });

  it('speaks English with locale: "en"', async () => {
    const result = await near({ ...at(STENDAL), radiusKm: 1000, includeSamples: true, locale: 'en' });
    const english = new Map(seedPlaces.filter((p) => p.en).map((p) => [p.slug, p.en!.name]));
    expect(result.length).toBeGreaterThan(0);
    for (const { place } of result) expect(place.name, place.slug).toBe(english.get(place.slug));
  });

  it('works across the antimeridian and near a pole', async () => {
    expect(await near({ lat: 10, lng: 179.9, radiusKm: 500 })).toEqual([]);
    expect(await near({ lat: 89.9, lng: 0, radiusKm: 1000 })).toEqual([]);
  });

  it('refuses arguments out of range with a 400 that names the argument', async () => {
    const valid = { ...at(STENDAL), radiusKm: 10 };
    for (const [argument, value] of [
      ['lat', 90.5],
      ['lat', -91],
      ['lng', 180.1],
      ['lng', -200],
      ['radiusKm', 0],
      ['radiusKm', -3],
      ['radiusKm', 1000.5],
      ['limit', 0],
      ['limit', 101],
    ] as const) {
      const { status, body } = await cms.graphql<Near>(NEAR, { ...valid, [argument]: value });
      expect(status, `${argument}: ${value}`).toBe(400);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors?.[0].message).toContain(argument);
      expect(body.data?.placesNear ?? null).toBeNull();
    }
    const missing = await cms.graphql(`{ placesNear(lat: 52, lng: 11) { distanceKm } }`);
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0].message).toMatch(/radiusKm/);
  });

  it('counts its limit in the query cost, plus 200 for reading every place in its box', async () => {
    // A place's partners count at most the partner rows there are (src/graphql/cost/list-reach.ts).
    const partners = Math.min(100, await cms.strapi.db.query('api::partner.partner').count());
    const { status, body } = await cms.graphql(`{
      placesNear(lat: 52, lng: 11, radiusKm: 100, limit: 100) { place { partners(pagination: { limit: 100 }) { slug } } }
    }`);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 200 + 100 + 100 + 100 * partners });
    // By default 25 places; asked for twice, so that the refusal names the cost of one.
    const near = `placesNear(lat: 52, lng: 11, radiusKm: 100) { place { partners(pagination: { limit: 100 }) { slug } } }`;
    const byDefault = await cms.graphql(`{ a: ${near} b: ${near} }`);
    expect(Number(byDefault.body.errors?.[0].extensions?.cost) / 2).toBe(200 + 25 + 25 + 25 * partners);
  });
});

describe('networkStats', () => {
  const STATS = /* GraphQL */ `
    query Stats($includeSamples: Boolean, $locale: I18NLocaleCode) {
      networkStats(includeSamples: $includeSamples, locale: $locale) {
        total
        byRegion { slug name parent count total }
        byTheme { slug name count }
        byStage { stage count }
        byNetwork { network count }
      }
    }
  `;

  type Stats = { networkStats: unknown };

  /** The numbers, computed from the seed files (the draft-only place above must not count). */
  const expectedStats = (includeSamples: boolean, locale: 'de' | 'en') => {
    const counted = seedPlaces.filter((p) => includeSamples || !p.isSample);
    const count = (match: (p: SeedPlace) => boolean) => counted.filter(match).length;
    const within = (slug: string): string[] => [slug, ...seedRegions.filter((r) => r.parent === slug).flatMap((r) => within(r.slug))];
    const bySlug = <T extends { slug: string }>(list: T[]) => [...list].sort((a, b) => (a.slug < b.slug ? -1 : 1));
    return {
      total: counted.length,
      byRegion: bySlug(seedRegions).map((r) => ({
        slug: r.slug,
        name: r[locale].name,
        parent: r.parent,
        count: count((p) => p.region === r.slug),
        total: count((p) => within(r.slug).includes(p.region)),
      })),
      byTheme: bySlug(seedThemes).map((t) => ({ slug: t.slug, name: t[locale].name, count: count((p) => p.themes.includes(t.slug)) })),
      byStage: ['idea', 'planned', 'under_development', 'active'].map((stage) => ({ stage, count: count((p) => p.stage === stage) })),
      byNetwork: ['kreativorte_im_gruenen', 'zukunftsorte_brandenburg', 'other'].map((network) => ({ network, count: count((p) => p.network === network) })),
    };
  };

  it('counts the published real places by region, theme, stage and network', async () => {
    const { networkStats } = await cms.graphqlData<Stats>(STATS);
    expect(networkStats).toEqual(expectedStats(false, 'de'));
  });

  it('counts sample places when asked, with a parent region totalling its child regions', async () => {
    const { networkStats } = await cms.graphqlData<Stats>(STATS, { includeSamples: true });
    const expected = expectedStats(true, 'de');
    expect(networkStats).toEqual(expected);
    const altmark = expected.byRegion.find((r) => r.slug === 'altmark')!;
    const state = expected.byRegion.find((r) => r.slug === 'sachsen-anhalt')!;
    expect(altmark.count).toBeGreaterThan(0);
    expect(state.total).toBe(state.count + altmark.total);
  });

  it('names regions and themes in English and counts the same places', async () => {
    const { networkStats } = await cms.graphqlData<Stats>(STATS, { includeSamples: true, locale: 'en' });
    expect(networkStats).toEqual(expectedStats(true, 'en'));
  });
});

describe('HTTP for partner sites', () => {
  const ORIGIN = { origin: 'https://partner.example' };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${cms.url}${path}`, { headers });
  const graphqlGet = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
    get(`/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`, headers);

  it('allows any origin, without credentials, over GraphQL and REST', async () => {
    const rest = await get('/api/places?pagination[pageSize]=1', ORIGIN);
    const post = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { ...ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ themes { slug } }' }),
    });
    for (const response of [rest, post, await graphqlGet('{ themes { slug } }', ORIGIN)]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }

    const preflight = await fetch(`${cms.url}/graphql`, {
      method: 'OPTIONS',
      headers: { ...ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/GET/);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers GraphQL over GET, and still runs no mutation', async () => {
    const response = await graphqlGet(
      'query ($lat: Float!, $lng: Float!) { themes { slug } placesNear(lat: $lat, lng: $lng, radiusKm: 50) { distanceKm } }',
      {},
      at(STENDAL),
    );
    expect(response.status).toBe(200);
    const body = await readJson<GraphQLBody<{ themes: unknown[] }>>(response);
    expect(body.errors).toBeUndefined();
    expect(body.data?.themes).toHaveLength(seedThemes.length);

    const before = await cms.strapi.db.query('api::theme.theme').count();
    const mutation = await graphqlGet('mutation { createTheme(data: { name: "X", slug: "x" }) { slug } }');
    expect([400, 405]).toContain(mutation.status);
    expect((await readJson<GraphQLBody>(mutation)).data ?? null).toBeNull();
    expect(await cms.strapi.db.query('api::theme.theme').count()).toBe(before);
  });

  it('lets caches keep published reads for a minute, and nothing else', async () => {
    expect((await graphqlGet('{ themes { slug } }')).headers.get('cache-control')).toBe(PUBLIC_READ);
    expect(PUBLIC_READ).toBe('public, max-age=60, stale-while-revalidate=300');
    expect((await get('/api/places?pagination[pageSize]=1')).headers.get('cache-control')).toBe(PUBLIC_READ);
    expect((await get('/api/homepage')).headers.get('cache-control')).toBe(PUBLIC_READ);

    const notCacheable = [
      ['preview token', await graphqlGet('{ themes { slug } }', bearer(previewToken()))],
      ['preview token over REST', await get('/api/places', bearer(previewToken()))],
      ['POST', await fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { slug } }' }) })],
      ['invalid query', await graphqlGet('{ themes { nonsense } }')],
      ['refused argument', await graphqlGet('{ placesNear(lat: 99, lng: 0, radiusKm: 1) { distanceKm } }')],
      ['draft', await get('/api/places?status=draft')],
      ['proposals', await get('/api/submissions')],
      ['unknown route', await get('/api/nothing-here')],
      ['admin', await get('/admin/init')],
    ] as const;
    for (const [what, response] of notCacheable) expect(response.headers.get('cache-control'), what).toBe(NOT_CACHEABLE);
    expect(NOT_CACHEABLE).toBe('private, no-store');

    // A field error leaves the status at 200: a token that may read places but not themes.
    const placesOnly = await cms.strapi.service('admin::api-token').create({
      name: 'places-only', kind: 'content-api', type: 'custom', lifespan: null, permissions: ['api::place.place.find'],
    });
    const partial = await graphqlGet('{ places(pagination: { limit: 1 }) { slug } themes_connection { nodes { slug } } }', bearer(placesOnly.accessKey));
    const body = await readJson<GraphQLBody<{ places: unknown[] }>>(partial);
    expect(partial.status).toBe(200);
    expect(body.data?.places).toHaveLength(1);
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(partial.headers.get('cache-control')).toBe(NOT_CACHEABLE);
  });

  it('keeps the admin working from its own origin, never cached', async () => {
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { origin: cms.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'Test-Admin-2026' }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toBe(NOT_CACHEABLE);
    const { token } = (await readJson<{ data: { token: string } }>(login)).data;
    const me = await get('/admin/users/me', { origin: cms.url, ...bearer(token) });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe(NOT_CACHEABLE);
  });

  it('does not limit requests without a token from the website\'s address (here: this machine)', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await get('/api/themes');
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-limit')).toBeNull();
    }
  });
});

describe('partner tokens', () => {
  let partner: { id: number; name: string; accessKey: string };
  beforeAll(async () => {
    partner = await createPartnerToken(cms.strapi, { name: 'Zukunftsorte Brandenburg' });
  });

  it('are custom tokens with exactly the read actions of the public types', async () => {
    const stored = await cms.strapi.db.query('admin::api-token').findOne({ where: { id: partner.id }, populate: ['permissions'] });
    expect(stored).toMatchObject({ name: 'Zukunftsorte Brandenburg', type: 'custom', kind: 'content-api', expiresAt: null });
    expect(stored.description).toContain('Zukunftsorte Brandenburg');
    const actions = stored.permissions.map((p: { action: string }) => p.action).sort();
    expect(actions).toEqual([...publicActions()].sort());
    expect(actions.every((a: string) => /\.(find|findOne)$/.test(a))).toBe(true);
    expect(actions.some((a: string) => a.includes('submission'))).toBe(false);
  });

  it('refuse a name twice, the website\'s token names, and a rate that is not a positive whole number', async () => {
    await expect(createPartnerToken(cms.strapi, { name: 'Zukunftsorte Brandenburg' })).rejects.toThrow(/exists already/);
    await expect(createPartnerToken(cms.strapi, { name: 'website-preview' })).rejects.toThrow(/exists already/);
    await expect(createPartnerToken(cms.strapi, { name: 'website' })).rejects.toThrow(/exists already/);
    await expect(createPartnerToken(cms.strapi, { name: '  ' })).rejects.toThrow(/name/);
    await expect(createPartnerToken(cms.strapi, { name: 'Tourismus Altmark', rate: 0 })).rejects.toThrow(/rate limit/);
    await expect(createPartnerToken(cms.strapi, { name: 'Tourismus Altmark', rate: 2.5 })).rejects.toThrow(/rate limit/);
  });

  it('read published content over GraphQL and REST', async () => {
    const stats = await cms.graphqlData<{ networkStats: { total: number } }>('{ networkStats { total } }', undefined, bearer(partner.accessKey));
    expect(stats.networkStats.total).toBe(seedPlaces.filter((p) => !p.isSample).length);
    const nearby = await near({ ...at(STENDAL), radiusKm: 1000 }, bearer(partner.accessKey));
    expect(nearby.length).toBe(expectedNear(STENDAL, 1000).length);
    const rest = await cms.rest<{ data: unknown[] }>('/api/places?pagination[pageSize]=100&populate=*', bearer(partner.accessKey));
    expect(rest.status).toBe(200);
    expect(rest.body.data.length).toBe(seedPlaces.length);
    expect(JSON.stringify(rest.body)).not.toMatch(/internalNotes|internalContact|privateEmail|createdBy|updatedBy/);
  });

  it('are what the website\'s own read token is too: published content only', async () => {
    const site = await cms.strapi.db.query('admin::api-token').findOne({ where: { name: 'website' }, populate: ['permissions'] });
    expect(site.permissions.map((p: { action: string }) => p.action).sort()).toEqual([...publicActions()].sort());
    const published = await cms.graphqlData<{ places: unknown[] }>('{ places { slug } }', undefined, bearer(siteToken));
    expect(published.places.length).toBeGreaterThan(0);
    const drafts = await cms.graphql('{ places(status: DRAFT) { slug teaser } }', undefined, bearer(siteToken));
    expect(drafts.status).toBe(403);
    expect(JSON.stringify(drafts.body)).not.toContain(DRAFT_TEASER);
  });

  it('never read drafts', async () => {
    const graphql = await cms.graphql('{ places(status: DRAFT) { slug teaser } }', undefined, bearer(partner.accessKey));
    expect(graphql.status).toBe(403);
    expect(JSON.stringify(graphql.body)).not.toContain(DRAFT_TEASER);
    // placesNear has no status argument, and relation fields take none in Strapi 5.54.
    for (const query of [
      `{ placesNear(lat: 52.6, lng: 11.9, radiusKm: 50, status: DRAFT) { distanceKm } }`,
      `{ placesNear(lat: 52.6, lng: 11.9, radiusKm: 50) { place { partners(status: DRAFT) { slug } } } }`,
    ]) {
      const nested = await cms.graphql(query, undefined, bearer(partner.accessKey));
      expect([400, 403], query).toContain(nested.status);
      expect(nested.body.data ?? null).toBeNull();
    }
    const rest = await cms.rest('/api/places?status=draft', bearer(partner.accessKey));
    expect(rest.status).toBe(403);
    expect(JSON.stringify(rest.body)).not.toContain(DRAFT_TEASER);
  });

  it('never read proposals', async () => {
    const { body } = await cms.graphql<{ __type: unknown }>('{ __type(name: "Submission") { name } }', undefined, bearer(partner.accessKey));
    expect(body.data?.__type).toBeNull();
    const query = await cms.graphql('{ submissions { name } }', undefined, bearer(partner.accessKey));
    expect(query.status).toBe(400);
    for (const path of ['/api/submissions', '/api/submissions?populate=*']) {
      const { status } = await cms.rest(path, bearer(partner.accessKey));
      expect([403, 404, 405], path).toContain(status);
    }
  });

  it('come from a script that checks its arguments before it starts the CMS', async () => {
    const { status, stderr } = await runScript('partner-token.mjs', [], {});
    expect(status).toBe(2);
    expect(stderr).toMatch(/Usage: pnpm partner-token/);
  });
});
