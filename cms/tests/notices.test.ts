import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { asRedaktion } from './support/admin';
import { startCms, type Cms } from './support/cms';
import { startSiteReceiver } from './support/site-receiver';

const { announceLapsedNotices } = compiledModule<typeof import('../src/notices/lapse')>('notices/lapse');

const NOTICE = 'api::notice.notice';
/** landhandel-seehausen's seeking whose last day was 2025-06-30: in the database, never in the public API. */
const LAPSED_TEXT = 'Unterstützung für die Crowdfunding-Kampagne zur Werkstattausstattung.';

let site: Awaited<ReturnType<typeof startSiteReceiver>>;
let cms: Cms;
let lapsedId = '';
beforeAll(async () => {
  site = await startSiteReceiver();
  cms = await startCms(site.env);
  lapsedId = (await cms.strapi.db.query(NOTICE).findOne({ where: { text: LAPSED_TEXT }, select: ['documentId'] })).documentId;
});
afterAll(async () => {
  await cms?.stop();
  site?.close();
});

const berlinDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(at);

type Listed = { documentId: string; text: string; expiresOn: string | null };

describe('a lapsed notice', () => {
  it('is never answered by GraphQL: not listed, not counted, not found by its documentId, whatever the filters say', async () => {
    const { notices } = await cms.graphqlData<{ notices: Listed[] }>(
      '{ notices(filters: { place: { slug: { eq: "landhandel-seehausen" } } }, locale: "de") { documentId text expiresOn } }',
    );
    expect(notices.length).toBeGreaterThan(1);
    expect(notices.map(({ documentId }) => documentId)).not.toContain(lapsedId);
    expect(notices.every(({ expiresOn }) => expiresOn === null || expiresOn >= berlinDay(new Date()))).toBe(true);

    const asked = await cms.graphqlData<{ notice: Listed | null; past: Listed[]; counted: { pageInfo: { total: number } } }>(
      `query ($id: ID!) {
        notice(documentId: $id) { documentId }
        past: notices(filters: { expiresOn: { lt: "2026-01-01" } }) { documentId }
        counted: notices_connection(filters: { text: { eq: "${LAPSED_TEXT}" } }) { pageInfo { total } }
      }`,
      { id: lapsedId },
    );
    expect(asked).toEqual({ notice: null, past: [], counted: { pageInfo: { total: 0 } } });
  });

  it('is never answered over REST, in a list or by its documentId', async () => {
    const list = await cms.rest<{ data: Listed[] }>('/api/notices?filters[place][slug][$eq]=landhandel-seehausen&pagination[pageSize]=100');
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(1);
    expect(list.body.data.map(({ documentId }) => documentId)).not.toContain(lapsedId);
    expect((await cms.rest(`/api/notices?filters[expiresOn][$lt]=2026-01-01`)).body).toMatchObject({ data: [] });
    expect((await cms.rest(`/api/notices/${lapsedId}`)).status).toBe(404);
  });

  it('stays in the admin, for an editor to renew it', async () => {
    const redaktion = await asRedaktion(cms.url);
    const listed = await redaktion<{ results: { documentId: string }[] }>('GET', `/content-manager/collection-types/${NOTICE}?page=1&pageSize=100&locale=de&filters[$and][0][expiresOn][$lt]=2026-01-01`);
    expect(listed.status).toBe(200);
    expect(listed.body?.results.map(({ documentId }) => documentId)).toEqual([lapsedId]);
    const opened = await redaktion<{ data: { documentId: string; text: string } }>('GET', `/content-manager/collection-types/${NOTICE}/${lapsedId}?locale=de`);
    expect(opened.status).toBe(200);
    expect(opened.body?.data.text).toBe(LAPSED_TEXT);
  });
});

describe('the nightly job', () => {
  it('run "tomorrow", tells the website to purge exactly the notice whose last day was today, and empties the GraphQL answer cache', async () => {
    const notices = cms.strapi.documents(NOTICE);
    const place = await cms.strapi.documents('api::place.place').findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' });
    const today = berlinDay(new Date());
    const { documentId } = await notices.create({
      locale: 'de',
      data: { direction: 'offer', kind: 'rooms', text: 'Ein Gästezimmer, nur heute.', place: place!.documentId, addedOn: today, expiresOn: today, isSample: true },
      status: 'published',
    });
    const query = `{ notices(filters: { text: { eq: "Ein Gästezimmer, nur heute." } }) { documentId } }`;
    const ask = () => fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect((await ask()).headers.get('x-cms-cache')).toBe('MISS');
    const cached = await ask();
    expect(cached.headers.get('x-cms-cache')).toBe('HIT');
    expect(await cached.json()).toEqual({ data: { notices: [{ documentId }] } });

    const received = site.received.length;
    expect(await announceLapsedNotices(cms.strapi, { now: new Date(Date.now() + 24 * 3600 * 1000) })).toEqual([documentId]);
    const hit = await site.waitFor((webhook, index) => index >= received && webhook.body.event === 'entry.unpublish');
    expect(hit.body).toMatchObject({ model: 'notice', uid: NOTICE, documentId, eviction: { expire: [], stale: ['list:notices'], purge: [documentId] } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(site.received.slice(received).map((webhook) => webhook.body.eviction?.purge)).toEqual([[documentId]]);
    expect((await ask()).headers.get('x-cms-cache')).toBe('MISS');

    // Today the job finds nothing of today's; a week's window at boot finds it only once it has lapsed.
    expect(await announceLapsedNotices(cms.strapi)).toEqual([]);
    expect(await announceLapsedNotices(cms.strapi, { now: new Date(Date.now() + 3 * 24 * 3600 * 1000), days: 7 })).toEqual([documentId]);
    await notices.delete({ documentId });
  });
});

describe('Place.seeking and Place.offers', () => {
  // The site's own query before notices (web/src/lib/server/cms/operations/place.graphql), as partners copied it.
  const BEFORE = `query ($locale: I18NLocaleCode) {
    places(filters: { slug: { eq: "landhandel-seehausen" } }, pagination: { limit: 1 }, locale: $locale) {
      slug
      offers(pagination: { limit: 20 }) { kind text }
      seeking(pagination: { limit: 20 }) { what text expiresOn }
    }
  }`;

  it('answer a query written before notices in the same shape, from the place\'s current notices in its language', async () => {
    expect(await cms.graphqlData(BEFORE, { locale: 'de' })).toEqual({
      places: [
        {
          slug: 'landhandel-seehausen',
          offers: [{ kind: 'workshops', text: 'Geplant: offene Werkstatt mit Lasercutter, 3D-Druckern und Nähmaschinen.' }],
          seeking: [{ what: 'tenants', text: 'Handwerksbetriebe, die eine Werkstattfläche mieten möchten.', expiresOn: '2027-02-28' }],
        },
      ],
    });
    const { places } = await cms.graphqlData<{ places: { seeking: { text: string }[] }[] }>(BEFORE, { locale: 'en' });
    expect(places[0].seeking).toEqual([expect.objectContaining({ text: 'Craft businesses looking to rent workshop space.' })]);
  });

  it('are deprecated in favour of notices, and give every place of a list its own entries', async () => {
    const { __type } = await cms.graphqlData<{ __type: { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] } }>(
      '{ __type(name: "Place") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    );
    const deprecated = Object.fromEntries(__type.fields.filter((field) => field.isDeprecated).map((field) => [field.name, field.deprecationReason]));
    expect(deprecated).toEqual({ offers: 'Use notices(filters: {place: …})', seeking: 'Use notices(filters: {place: …})' });

    const { places } = await cms.graphqlData<{ places: { slug: string; seeking: { id: string }[]; offers: { id: string }[] }[] }>(
      '{ places(pagination: { limit: 30 }, locale: "de") { slug seeking { id } offers { id } } }',
    );
    const { notices } = await cms.graphqlData<{ notices: { documentId: string; direction: string; place: { slug: string } | null }[] }>(
      '{ notices(pagination: { limit: 100 }, locale: "de") { documentId direction place { slug } } }',
    );
    for (const place of places) {
      const own = notices.filter((notice) => notice.place?.slug === place.slug);
      expect(place.seeking.map(({ id }) => id).sort(), place.slug).toEqual(own.filter((n) => n.direction === 'seeking').map((n) => n.documentId).slice(0, 5).sort());
      expect(place.offers.map(({ id }) => id).sort(), place.slug).toEqual(own.filter((n) => n.direction === 'offer').map((n) => n.documentId).slice(0, 8).sort());
    }
  });
});
