import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { asAutor, asRedaktion } from './support/admin';
import { bearer, startCms, type Cms } from './support/cms';
import { siteToken } from './support/env';
import { readJson, sendJson } from './support/json';

const { createPartnerToken } = compiledModule<typeof import('../src/access/partner-token')>('access/partner-token');
const { flushApiUsage } = compiledModule<typeof import('../src/reach/api-usage')>('reach/api-usage');
const { purgeOldReachCounts } = compiledModule<typeof import('../src/reach/retention')>('reach/retention');
const { berlinDay, addDays } = compiledModule<typeof import('../src/time')>('time');

const REACH_TOKEN = 'website-reach-test-token-0123456789abcdef';
const TABLE = 'reach_counts';
const PLACE = 'api::place.place';

type Row = { day: string; kind: string; key: string; views: number };
type Refusal = { error: { status: number; details: { errors?: { path: string[] }[] } } };

let cms: Cms;
const today = () => berlinDay(new Date());

beforeAll(async () => {
  // No exempt address, so that this machine's requests without a token count as a visitor's.
  cms = await startCms({ REACH_TOKEN, RATE_LIMIT_EXEMPT_IPS: '' });
});
afterAll(() => cms?.stop());

const send = (data: unknown, headers: Record<string, string> = bearer(REACH_TOKEN)) =>
  fetch(`${cms.url}/api/reach-counts/batch`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ data }) });

/** The table as the database holds it, every column. */
const allRows = async (): Promise<Record<string, unknown>[]> => cms.strapi.db.connection(TABLE).select('*');

const views = async (kind: string, key: string, day = today()) => {
  const rows: { day: string; views: number | string }[] = await cms.strapi.db
    .connection(TABLE)
    .where({ kind, key })
    .select(cms.strapi.db.connection.raw('CAST(?? AS TEXT) AS ??', ['day', 'day']), 'views');
  return rows.filter((row) => row.day.slice(0, 10) === day).reduce((sum, row) => sum + Number(row.views), 0);
};

const refusedFields = async (response: Response) => {
  expect(response.status).toBe(400);
  const body = await readJson<Refusal>(response);
  return (body.error.details.errors ?? []).map((error) => error.path.join('.'));
};

describe('the batch endpoint', () => {
  it('adds concurrent batches up exactly, one row per day, kind and key', async () => {
    const day = today();
    const batch = (i: number): Row[] => [
      { day, kind: 'page', key: '/orte', views: 1 },
      { day, kind: 'page', key: '/en/orte', views: 2 },
      { day, kind: 'widget', key: 'https://partner.example', views: i + 1 },
      // The same key twice in one batch is added up too.
      { day, kind: 'feed', key: '/feed.xml', views: 1 },
      { day, kind: 'feed', key: '/feed.xml', views: 1 },
    ];
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => send(batch(i))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(204));

    expect(await views('page', '/orte')).toBe(20);
    expect(await views('page', '/en/orte')).toBe(40);
    expect(await views('widget', 'https://partner.example')).toBe(210);
    expect(await views('feed', '/feed.xml')).toBe(40);
    const rows = await allRows();
    expect(rows.filter((row) => row.key === '/orte' && row.kind === 'page')).toHaveLength(1);
  });

  it('refuses bad input with a 400 naming the field, and counts nothing of that batch', async () => {
    const day = today();
    const good = { day, kind: 'page', key: '/refused', views: 1 };
    expect(await refusedFields(await send([good, { ...good, kind: 'visitor' }]))).toEqual(['data.1.kind']);
    expect(await refusedFields(await send([{ ...good, views: 0 }]))).toEqual(['data.0.views']);
    expect(await refusedFields(await send([{ ...good, views: 1.5 }]))).toEqual(['data.0.views']);
    expect(await refusedFields(await send([{ ...good, day: addDays(day, -3) }]))).toEqual(['data.0.day']);
    expect(await refusedFields(await send([{ ...good, day: addDays(day, 2) }]))).toEqual(['data.0.day']);
    expect(await refusedFields(await send([{ ...good, day: '2026-13-45' }]))).toEqual(['data.0.day']);
    expect(await refusedFields(await send([{ ...good, key: 'x'.repeat(301) }]))).toEqual(['data.0.key']);
    expect(await refusedFields(await send([{ ...good, key: '' }]))).toEqual(['data.0.key']);
    expect(await refusedFields(await send([{ ...good, userAgent: 'Mozilla/5.0' }]))).toEqual(['data.0']);
    expect(await refusedFields(await send([]))).toEqual(['data']);
    expect(await refusedFields(await send(Array.from({ length: 1001 }, () => good)))).toEqual(['data']);
    expect(await refusedFields(await send('page'))).toEqual(['data']);
    expect(await views('page', '/refused')).toBe(0);

    // Two days back are still taken: a site that could not reach the CMS over midnight delivers late.
    expect((await send([{ ...good, day: addDays(day, -2) }])).status).toBe(204);
    expect(await views('page', '/refused', addDays(day, -2))).toBe(1);
  });

  it('takes counts only with the reach token: the public, the read token, a partner and a wrong token are refused', async () => {
    const row = [{ day: today(), kind: 'page', key: '/who', views: 1 }];
    const partner = await createPartnerToken(cms.strapi, { name: 'Reichweite Testpartner' });
    expect((await send(row, {})).status).toBe(403);
    expect((await send(row, bearer(siteToken))).status).toBe(403);
    expect((await send(row, bearer(partner.accessKey))).status).toBe(403);
    expect((await send(row, bearer('not-a-token'))).status).toBe(401);
    expect(await views('page', '/who')).toBe(0);
  });

  it('is the reach token’s only right: it reads no content and no counts', async () => {
    expect((await cms.rest('/api/places', bearer(REACH_TOKEN))).status).toBe(403);
    const places = await cms.graphql<{ places: unknown[] }>('{ places { slug } }', undefined, bearer(REACH_TOKEN));
    expect(places.body.data?.places ?? null).toBeNull();
    expect(places.body.errors?.[0]?.message).toMatch(/forbidden/i);
  });
});

describe('the counts are not public', () => {
  it('have no REST route and no GraphQL type, for the public, the read token and the reach token', async () => {
    for (const headers of [{}, bearer(siteToken), bearer(REACH_TOKEN)]) {
      expect((await cms.rest('/api/reach-counts', headers)).status).toBe(404);
    }
    const { body } = await cms.graphql('{ __schema { types { name } queryType { fields { name } } } }');
    const names = JSON.stringify(body.data);
    expect(names).not.toMatch(/reach/i);
    const query = await cms.graphql('{ reachCounts { key views } }');
    expect(query.status).toBe(400);
  });
});

describe('partner API requests', () => {
  it('are counted per token name, without a token as “(ohne Token)”, and the site’s own tokens not at all', async () => {
    await flushApiUsage(cms.strapi);
    const partner = await createPartnerToken(cms.strapi, { name: 'Zählpartner Altmark' });
    const before = { partner: await views('api', 'Zählpartner Altmark'), anonymous: await views('api', '(ohne Token)'), site: await views('api', 'website') };
    for (let i = 0; i < 3; i++) expect((await cms.graphql('{ themes { slug } }', undefined, bearer(partner.accessKey))).status).toBe(200);
    expect((await cms.rest('/api/themes', bearer(partner.accessKey))).status).toBe(200);
    expect((await cms.rest('/api/themes')).status).toBe(200);
    expect((await cms.rest('/api/themes', bearer(siteToken))).status).toBe(200);
    await flushApiUsage(cms.strapi);

    expect(await views('api', 'Zählpartner Altmark')).toBe(before.partner + 4);
    expect(await views('api', '(ohne Token)')).toBe(before.anonymous + 1);
    expect(await views('api', 'website')).toBe(0);
    const keys = (await allRows()).filter((row) => row.kind === 'api').map((row) => row.key);
    expect(keys.join(' ')).not.toContain(partner.accessKey);
  });
});

describe('retention', () => {
  it('deletes the days older than REACH_RETENTION_DAYS (2 years) and keeps the rest', async () => {
    const knex = cms.strapi.db.connection;
    const now = new Date();
    const old = addDays(today(), -731);
    const kept = addDays(today(), -730);
    await knex(TABLE).insert([
      { day: old, kind: 'page', key: '/retention', views: 5, created_at: now, updated_at: now },
      { day: kept, kind: 'page', key: '/retention', views: 7, created_at: now, updated_at: now },
    ]);
    expect(await purgeOldReachCounts(cms.strapi)).toBe(1);
    expect(await views('page', '/retention', old)).toBe(0);
    expect(await views('page', '/retention', kept)).toBe(7);
  });
});

describe('the admin’s reading', () => {
  it('gives the Redaktion top pages, places from German and English profiles, widget sites, feeds, partners and a place’s trend', async () => {
    const place: { documentId: string; slug: string; name: string } = await cms.strapi.db.query(PLACE).findOne({ where: { locale: 'de' }, select: ['documentId', 'slug', 'name'] });
    const day = today();
    const yesterday = addDays(day, -1);
    expect(
      (
        await send([
          { day, kind: 'page', key: `/orte/${place.slug}`, views: 5 },
          { day: yesterday, kind: 'page', key: `/en/orte/${place.slug}`, views: 3 },
          { day, kind: 'page', key: `/orte/${place.slug}/termine`, views: 50 },
        ])
      ).status,
    ).toBe(204);

    const redaktion = await asRedaktion(cms.url);
    type Report = import('../src/reach/report-types').ReachReport;
    const report = await redaktion<{ data: Report }>('GET', '/kreativorte/reach?days=7');
    expect(report.status).toBe(200);
    const data = report.body!.data;
    expect(data.to).toBe(day);
    expect(data.from).toBe(addDays(day, -6));
    expect(data.places.find((entry) => entry.documentId === place.documentId)).toEqual({ ...place, views: 8 });
    expect(data.pages.find((entry) => entry.key === '/orte')?.views).toBeGreaterThanOrEqual(20);
    expect(data.widgets.find((entry) => entry.key === 'https://partner.example')?.views).toBe(210);
    expect(data.feeds.find((entry) => entry.key === '/feed.xml')?.views).toBe(40);
    expect(data.partners.map((entry) => entry.key)).toContain('Zählpartner Altmark');
    expect(data.totals.page).toBeGreaterThan(0);

    type Trend = import('../src/reach/report-types').PlaceTrend;
    const trend = await redaktion<{ data: Trend }>('GET', `/kreativorte/reach/places/${place.documentId}?days=7`);
    expect(trend.status).toBe(200);
    expect(trend.body!.data.total).toBe(8);
    expect(trend.body!.data.perDay).toHaveLength(7);
    expect(trend.body!.data.perDay.slice(-2)).toEqual([
      { day: yesterday, views: 3 },
      { day, views: 5 },
    ]);

    expect((await redaktion('GET', '/kreativorte/reach?days=12')).status).toBe(400);
    expect((await redaktion('GET', '/kreativorte/reach/places/nosuchplace')).status).toBe(404);
    // The Autor reads places too, and so the counts; without a session nobody does.
    expect((await (await asAutor(cms.url))('GET', '/kreativorte/reach')).status).toBe(200);
    expect((await sendJson(`${cms.url}/kreativorte/reach`, 'GET')).status).toBe(401);
  });
});
