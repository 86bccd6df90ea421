import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { bearer, previewToken, startCms, type Cms, type GraphQLBody } from './support/cms';
import { siteToken } from './support/env';
import { readJson } from './support/json';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const PLACE = `query Place($slug: String!) { places(filters: { slug: { eq: $slug } }) { slug teaser region { name } } }`;

/** The raw answer, for its headers. */
const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

const teaserOf = async (slug: string, headers: Record<string, string> = {}) => {
  const response = await post(PLACE, { slug }, headers);
  const body = await readJson<{ data: { places: { teaser: string }[] } }>(response);
  return { cache: response.headers.get('x-cms-cache'), teaser: body.data.places[0]?.teaser };
};

const places = () => cms.strapi.documents('api::place.place');

it('answers a repeated query from memory, byte for byte, with the same headers', async () => {
  const first = await post(PLACE, { slug: 'kultur-nische' });
  const second = await post(PLACE, { slug: 'kultur-nische' });
  expect(first.headers.get('x-cms-cache')).toBe('MISS');
  expect(second.headers.get('x-cms-cache')).toBe('HIT');
  expect(await second.text()).toBe(await first.text());
  for (const header of ['content-type', 'cache-control', 'access-control-allow-origin']) {
    expect(second.headers.get(header), header).toBe(first.headers.get(header));
  }

  const get = (query: string) => fetch(`${cms.url}/graphql?${new URLSearchParams({ query })}`);
  const list = '{ regions { slug } }';
  expect((await get(list)).headers.get('x-cms-cache')).toBe('MISS');
  const hit = await get(list);
  expect(hit.headers.get('x-cms-cache')).toBe('HIT');
  expect(hit.headers.get('cache-control')).toMatch(/^public/);
});

it('sends a hit compressed to clients that accept it', async () => {
  const query = `query { places(pagination: { limit: 20 }, sort: "slug") { slug teaser } }`;
  const identity = await post(query, {}, { 'accept-encoding': 'identity' });
  expect(identity.headers.get('vary')).toMatch(/accept-encoding/i);
  const plain = await identity.text();
  for (const encoding of ['br', 'gzip']) {
    const hit = await post(query, {}, { 'accept-encoding': encoding });
    expect(hit.headers.get('x-cms-cache')).toBe('HIT');
    expect(hit.headers.get('content-encoding')).toBe(encoding);
    expect(await hit.text()).toBe(plain);
  }
  const uncompressed = await post(query, {}, { 'accept-encoding': 'identity' });
  expect(uncompressed.headers.get('content-encoding')).toBeNull();
  expect(await uncompressed.text()).toBe(plain);
});

it('keeps answers apart by token and variables', async () => {
  await teaserOf('alte-molkerei-kalbe');
  expect((await teaserOf('alte-molkerei-kalbe')).cache).toBe('HIT');
  expect((await teaserOf('alte-molkerei-kalbe', bearer(siteToken))).cache).toBe('MISS');
  expect((await teaserOf('kultur-nische', bearer(siteToken))).cache).toBe('MISS');
  // A wrong token is refused every time, never answered from another caller's entry.
  const forged = await post(PLACE, { slug: 'alte-molkerei-kalbe' }, bearer('not-a-token'));
  expect(forged.status).toBe(401);
  expect((await post(PLACE, { slug: 'alte-molkerei-kalbe' }, bearer('not-a-token'))).status).toBe(401);
});

it('never keeps drafts, errors or refusals', async () => {
  const preview = { ...bearer(previewToken()) };
  const draft = `query { places(status: DRAFT, filters: { slug: { eq: "kultur-nische" } }) { slug } }`;
  await post(draft, {}, preview);
  expect((await post(draft, {}, preview)).headers.get('x-cms-cache')).toBeNull();

  const failing = `query { places(sort: "nope:asc") { slug } }`;
  await post(failing);
  const again = await post(failing);
  expect(again.headers.get('x-cms-cache')).toBeNull();
  expect((await readJson<GraphQLBody>(again)).errors?.length).toBeGreaterThan(0);
});

it('answers the new version as soon as a change is published, and after an unpublish nothing', async () => {
  const slug = 'kultur-nische';
  const before = await teaserOf(slug);
  expect((await teaserOf(slug)).cache).toBe('HIT');
  const place = await places().findFirst({ filters: { slug }, locale: 'de' });
  await places().update({ documentId: place!.documentId, locale: 'de', data: { teaser: 'Frisch aus dem Cache-Test' } });
  // A saved draft changes no published answer, but empties the cache all the same.
  expect(await teaserOf(slug)).toEqual({ cache: 'MISS', teaser: before.teaser });
  await places().publish({ documentId: place!.documentId, locale: 'de' });
  expect(await teaserOf(slug)).toEqual({ cache: 'MISS', teaser: 'Frisch aus dem Cache-Test' });
  // Strapi's `entry.publish` event follows the commit asynchronously and empties the cache once
  // more; from then on the new version is kept.
  await expect.poll(() => teaserOf(slug), { timeout: 5_000 }).toEqual({ cache: 'HIT', teaser: 'Frisch aus dem Cache-Test' });
  await places().unpublish({ documentId: place!.documentId, locale: 'de' });
  expect((await teaserOf(slug)).teaser).toBeUndefined();
});

// PostgreSQL answers other connections the committed version while a write is open; SQLite's one
// connection would have the read wait for the commit.
it.runIf(inject('database') === 'postgres')('drops an answer read while a write was open, as the write commits, before any webhook is told', async () => {
  const slug = 'buergermeisterhof';
  const before = (await teaserOf(slug)).teaser;
  const live = await cms.strapi.db.query('api::place.place').findOne({ where: { slug, locale: 'de', publishedAt: { $notNull: true } } });
  await cms.strapi.db.transaction(async () => {
    // Written without Strapi's document service: no event follows, only the commit.
    await cms.strapi.db.query('api::place.place').update({ where: { id: live.id }, data: { teaser: 'Während der Transaktion geschrieben' } });
    expect(await teaserOf(slug)).toEqual({ cache: 'MISS', teaser: before });
  });
  expect((await teaserOf(slug)).teaser).toBe('Während der Transaktion geschrieben');
});

it('sees a changed relation target and a revoked token', async () => {
  const slug = 'alte-molkerei-kalbe';
  await teaserOf(slug);
  const { region } = (await places().findFirst({ filters: { slug }, locale: 'de', populate: ['region'] }))!;
  await cms.strapi.documents('api::region.region').update({ documentId: region!.documentId, locale: 'de', data: { name: 'Umbenannt' }, status: 'published' });
  const renamed = await readJson<{ data: { places: { region: { name: string } }[] } }>(await post(PLACE, { slug }));
  expect(renamed.data.places[0].region.name).toBe('Umbenannt');

  const token = await cms.strapi.service('admin::api-token').create({ name: 'Cache-Test', type: 'read-only', lifespan: null });
  // Its first use records `lastUsedAt`, a write to the tokens that empties the cache.
  expect((await post(PLACE, { slug }, bearer(token.accessKey))).status).toBe(200);
  await post(PLACE, { slug }, bearer(token.accessKey));
  expect((await post(PLACE, { slug }, bearer(token.accessKey))).headers.get('x-cms-cache')).toBe('HIT');
  await cms.strapi.service('admin::api-token').revoke(token.id);
  expect((await post(PLACE, { slug }, bearer(token.accessKey))).status).toBe(401);
});

it('computes concurrent identical misses once', async () => {
  const query = `query { places(pagination: { limit: 20 }, sort: "slug") { slug partners { name } } }`;
  const answers = await Promise.all(Array.from({ length: 8 }, () => post(query)));
  expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
  const states = answers.map((answer) => answer.headers.get('x-cms-cache'));
  expect(states.filter((state) => state === 'MISS')).toHaveLength(1);
  expect(new Set(await Promise.all(answers.map((answer) => answer.text()))).size).toBe(1);
});
