// The open feeds of the built site against the seeded CMS, read with real parsers. Files run in
// name order: later ones (redaktion, translation) publish extra places, so the assertions look
// for the seed's entries and tolerate others.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { seed, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');
const host = new URL(siteUrl).hostname;

type Place = SeedPlace & { geo?: { latitude: number; longitude: number }; en?: { name: string; teaser: string } };
type Meeting = { slug: string; isSample: boolean; startsAt?: string; endsAt?: string; address: { town?: string }; de: { title: string }; en?: { title: string } };
type Article = { slug: string; isSample: boolean; publishedOn: string; de: { title: string }; en?: { title: string } };

const places = seed<Place[]>('places');
const meetings = seed<Meeting[]>('meetings');
const articles = seed<Article[]>('articles');
const partners = seed<{ slug: string; isSample: boolean }[]>('partners');
const events = seed<{ slug: string; isSample: boolean }[]>('events');
const people = seed<{ slug: string; name: string; isSample: boolean }[]>('people');
const regions = seed<{ slug: string; parent: string | null }[]>('regions');
const themes = seed<{ slug: string }[]>('themes');

const real = <T extends { isSample: boolean }>(entries: T[]) => entries.filter((entry) => !entry.isSample);
const slugs = (entries: { slug: string }[]) => entries.map((entry) => entry.slug).sort();
/** Only the seed's entries among what a feed lists, so that entries added by other test files do not count. */
const seeded = (found: string[], entries: { slug: string }[]) => found.filter((slug) => entries.some((e) => e.slug === slug)).sort();

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000), ...init });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

/** Every feed is cacheable for five minutes by anyone on the way. */
const expectFeed = async (path: string, type: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toBe(type);
  expect(response.headers.get('cache-control'), path).toBe('public, max-age=300');
  return response;
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'url', 'xhtml:link'].includes(name) });

const inRegion = (place: Place, region: string) => place.region === region || regions.find((r) => r.slug === place.region)?.parent === region;

describe('/orte.geojson', () => {
  type Feature = { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, any> };
  const features = async (path: string): Promise<Feature[]> => {
    const { body } = await expectFeed(path, 'application/geo+json; charset=utf-8');
    const collection = JSON.parse(body);
    expect(collection.type).toBe('FeatureCollection');
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [longitude, latitude, ...rest] = feature.geometry.coordinates;
      expect(rest).toEqual([]);
      expect(longitude).toBeGreaterThanOrEqual(-180);
      expect(longitude).toBeLessThanOrEqual(180);
      expect(latitude).toBeGreaterThanOrEqual(-90);
      expect(latitude).toBeLessThanOrEqual(90);
    }
    return collection.features;
  };

  it('lists the real places with coordinates as [longitude, latitude], exactly as the seed has them', async () => {
    const list = await features('/orte.geojson');
    const expected = real(places).filter((p) => p.geo);
    expect(seeded(list.map((f) => f.id), places)).toEqual(slugs(expected));
    // Both orders give valid ranges here (52° N, 11° E), so only the seed can tell them apart.
    for (const place of expected) {
      const feature = list.find((f) => f.id === place.slug)!;
      expect(feature.geometry.coordinates, place.slug).toEqual([place.geo!.longitude, place.geo!.latitude]);
    }
    const hof = list.find((f) => f.id === 'buergermeisterhof')!;
    expect(hof.properties).toMatchObject({
      name: 'Bürgermeisterhof',
      slug: 'buergermeisterhof',
      url: `${siteUrl}/orte/buergermeisterhof`,
      teaser: places.find((p) => p.slug === 'buergermeisterhof')!.de.teaser,
      stage: 'under_development',
      region: { slug: 'altmark', name: 'Altmark' },
      isSample: false,
    });
    expect(slugs(hof.properties.themes)).toEqual([...places.find((p) => p.slug === 'buergermeisterhof')!.themes].sort());
    expect((await get(new URL(hof.properties.url).pathname)).status).toBe(200);
  });

  it('adds the sample places only with ?beispiele=1', async () => {
    const list = await features('/orte.geojson?beispiele=1');
    expect(seeded(list.map((f) => f.id), places)).toEqual(slugs(places.filter((p) => p.geo)));
    expect(list.filter((f) => f.properties.isSample).length).toBe(places.filter((p) => p.isSample).length);
  });

  it('filters by region (with its child regions) and theme, as /orte does', async () => {
    const cases = [
      { query: 'region=sachsen-anhalt&beispiele=1', keep: (p: Place) => inRegion(p, 'sachsen-anhalt') },
      { query: 'region=altmark&thema=wohnen-bauen&beispiele=1', keep: (p: Place) => inRegion(p, 'altmark') && p.themes.includes('wohnen-bauen') },
      { query: 'thema=leben-tourismus', keep: (p: Place) => !p.isSample && p.themes.includes('leben-tourismus') },
    ];
    expect(themes.map((t) => t.slug)).toEqual(expect.arrayContaining(['wohnen-bauen', 'leben-tourismus']));
    for (const { query, keep } of cases) {
      const list = await features(`/orte.geojson?${query}`);
      const expected = slugs(places.filter((p) => p.geo && keep(p)));
      expect(expected.length, query).toBeGreaterThan(0);
      expect(seeded(list.map((f) => f.id), places), query).toEqual(expected);
    }
  });

  it('refuses an impossible filter value with 400', async () => {
    expect((await get('/orte.geojson?region=%3Cscript%3E')).status).toBe(400);
    expect((await get('/orte.geojson?beispiele=alle')).status).toBe(400);
  });

  it('comes in English under /en, linking the English pages', async () => {
    const hof = (await features('/en/orte.geojson')).find((f) => f.id === 'buergermeisterhof')!;
    const place = places.find((p) => p.slug === 'buergermeisterhof')!;
    expect(hof.properties).toMatchObject({ url: `${siteUrl}/en/orte/buergermeisterhof`, teaser: place.en!.teaser, language: 'en' });
  });

  describe('a partner map on another origin', () => {
    let partner: Server;
    let browser: Browser;
    beforeAll(async () => {
      partner = createServer((_, response) => response.end('<!doctype html><title>Partnerkarte</title><h1>Partnerkarte</h1>'));
      await new Promise<void>((done) => partner.listen(0, '127.0.0.1', done));
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await new Promise((done) => partner?.close(done));
    });

    it('may fetch the GeoJSON from its own page (CORS)', async () => {
      const { port } = partner.address() as AddressInfo;
      const { page, close } = await openPage(browser, `http://localhost:${port}/`);
      try {
        const result = await page.evaluate(async (url) => {
          const response = await fetch(url);
          const collection = await response.json();
          return { status: response.status, ids: collection.features.map((f: { id: string }) => f.id) };
        }, `${siteUrl}/orte.geojson?region=altmark`);
        expect(result.status).toBe(200);
        expect(seeded(result.ids, places)).toEqual(slugs(real(places).filter((p) => p.geo && inRegion(p, 'altmark'))));
      } finally {
        await close();
      }
    });
  });
});

const octets = (line: string) => new TextEncoder().encode(line).length;

/** An iCalendar feed, checked for what every calendar app needs, read with ical.js. */
const calendar = async (path: string) => {
  const { body } = await expectFeed(path, 'text/calendar; charset=utf-8');
  expect(body.endsWith('\r\n')).toBe(true);
  expect(body.replace(/\r\n/g, ''), 'only CRLF line breaks').not.toMatch(/[\r\n]/);
  for (const line of body.split('\r\n')) expect(octets(line), line).toBeLessThanOrEqual(75);
  const root = new ICAL.Component(ICAL.parse(body));
  expect(root.getFirstPropertyValue('version')).toBe('2.0');
  expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
  expect(root.getFirstPropertyValue('prodid')).toBeTruthy();
  expect(root.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
};

describe('/treffen.ics', () => {
  const dated = meetings.filter((m) => m.startsAt);
  const uids = (events: InstanceType<typeof ICAL.Event>[]) => events.map((e) => e.uid.replace(`@${host}`, '')).sort();

  it('holds the real dated meetings by default and no sample', async () => {
    const events = await calendar('/treffen.ics');
    expect(seeded(uids(events), meetings)).toEqual(slugs(real(dated)));
  });

  it('with ?beispiele=1 holds every dated meeting with its times, title, place and link', async () => {
    const events = await calendar('/treffen.ics?beispiele=1');
    expect(seeded(uids(events), meetings)).toEqual(slugs(dated));
    expect(dated.length).toBeGreaterThan(0);
    for (const meeting of dated) {
      const event = events.find((e) => e.uid === `${meeting.slug}@${host}`)!;
      expect(event.summary).toBe(meeting.de.title);
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(meeting.startsAt!));
      if (meeting.endsAt) expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(meeting.endsAt));
      expect(event.location).toContain(meeting.address.town);
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const url = String(event.component.getFirstPropertyValue('url'));
      expect(url).toBe(`${siteUrl}/treffen/${meeting.slug}`);
      expect((await get(new URL(url).pathname)).status).toBe(200);
    }
  });

  it('comes in English under /en', async () => {
    const events = await calendar('/en/treffen.ics?beispiele=1');
    for (const meeting of dated) expect(events.find((e) => e.uid === `${meeting.slug}@${host}`)?.summary).toBe(meeting.en!.title);
  });

  it('has one file per dated meeting, and none for an undated one', async () => {
    const [meeting] = dated;
    const [event, ...rest] = await calendar(`/treffen/${meeting.slug}.ics`);
    expect(rest).toEqual([]);
    expect(event.uid).toBe(`${meeting.slug}@${host}`);
    const undated = meetings.find((m) => !m.startsAt)!;
    expect((await get(`/treffen/${undated.slug}.ics`)).status).toBe(404);
    expect((await get(`/treffen/${undated.slug}`)).status, 'the page route still answers next to the .ics route').toBe(200);
    expect((await get(`/en/treffen/${undated.slug}`)).status).toBe(200);
  });

  it('the meeting page downloads its .ics with "In den Kalender"; an undated meeting has no button', async () => {
    const [meeting] = dated;
    const undated = meetings.find((m) => !m.startsAt)!;
    const browser = await launchBrowser();
    try {
      const { page } = await openPage(browser, `${siteUrl}/treffen/${meeting.slug}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^In den Kalender/ }).click()]);
      expect(download.suggestedFilename()).toBe(`${meeting.slug}.ics`);
      const events = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8'))).getAllSubcomponents('vevent');
      expect(events.map((v) => new ICAL.Event(v).summary)).toEqual([meeting.de.title]);

      const english = await openPage(browser, `${siteUrl}/en/treffen/${meeting.slug}`);
      expect(await english.page.getByRole('link', { name: /^Add to calendar/ }).getAttribute('href')).toBe(`/en/treffen/${meeting.slug}.ics`);

      const other = await openPage(browser, `${siteUrl}/treffen/${undated.slug}`);
      expect(await other.page.getByRole('link', { name: /^In den Kalender/ }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});

describe('/termine.ics and a place\'s termine.ics', () => {
  const inBerlin = (date: Date) => date.toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });

  it('has a summer and a winter event at their instants, and an all-day week as one entry of dates', async () => {
    const entries = await calendar('/termine.ics?beispiele=1');
    const event = (slug: string) => entries.find((e) => e.uid === `termin-${slug}@${host}`)!;
    const summer = event('tag-der-offenen-tuer-alte-molkerei-kalbe');
    expect(summer.startDate.toJSDate().toISOString()).toBe('2027-06-12T08:00:00.000Z');
    expect([inBerlin(summer.startDate.toJSDate()), inBerlin(summer.endDate.toJSDate())]).toEqual(['10:00', '17:00']);
    const winter = event('adventsmarkt-hofwerkstatt-stendal');
    expect(winter.startDate.toJSDate().toISOString()).toBe('2027-11-27T13:00:00.000Z');
    expect(inBerlin(winter.startDate.toJSDate())).toBe('14:00');
    const week = event('probewohnen-vierseithof-bismark');
    expect([week.startDate.isDate, week.startDate.toString(), week.endDate.toString()]).toEqual([true, '2027-07-05', '2027-07-12']);
    expect(entries.filter((e) => e.summary === week.summary)).toHaveLength(1);
  });

  it('leaves samples out by default, and refuses an unknown filter value with 400', async () => {
    const entries = await calendar('/termine.ics');
    expect(entries.filter((e) => events.some((seeded) => e.uid === `termin-${seeded.slug}@${host}`))).toEqual([]);
    expect((await get('/termine.ics?art=party')).status).toBe(400);
    expect((await get('/termine.ics?monat=2027-13')).status).toBe(400);
  });

  it('has each place\'s events at /orte/<slug>/termine.ics, and 404 for an unknown place', async () => {
    const entries = await calendar('/orte/alte-molkerei-kalbe/termine.ics');
    expect(entries.map((e) => e.uid)).toEqual([`termin-tag-der-offenen-tuer-alte-molkerei-kalbe@${host}`]);
    expect((await get('/orte/gibt-es-nicht/termine.ics')).status).toBe(404);
  });
});

describe('/feed.xml', () => {
  const entriesOf = async (path: string) => {
    const { body } = await expectFeed(path, 'application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(body)).toBe(true);
    const { feed } = xml.parse(body);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBeTruthy();
    expect(feed.title['#text']).toBeTruthy();
    expect(Date.parse(feed.updated)).not.toBeNaN();
    expect(feed.link).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@rel': 'self', '@href': `${siteUrl}${path}` }),
        expect.objectContaining({ '@rel': 'alternate', '@type': 'text/html' }),
      ]),
    );
    const entries: Record<string, any>[] = feed.entry ?? [];
    for (const entry of entries) {
      expect(entry.id).toBeTruthy();
      expect(entry.title['#text']).toBeTruthy();
      expect(Date.parse(entry.updated)).not.toBeNaN();
      expect(Date.parse(entry.published)).not.toBeNaN();
      expect(entry.author.name).toBeTruthy();
      expect(entry.link[0]['@href']).toMatch(new RegExp(`^${siteUrl}/`));
    }
    const published = entries.map((e) => Date.parse(e.published));
    expect(published, 'newest first').toEqual([...published].sort((a, b) => b - a));
    return entries;
  };
  const linked = (entries: Record<string, any>[], base: string) =>
    entries.map((e) => String(e.link[0]['@href'])).filter((href) => href.startsWith(`${siteUrl}${base}/`)).map((href) => href.slice(`${siteUrl}${base}/`.length));

  it('lists the real articles and meetings, each linking its page', async () => {
    const entries = await entriesOf('/feed.xml');
    expect(seeded(linked(entries, '/beitraege'), articles)).toEqual(slugs(real(articles)));
    expect(seeded(linked(entries, '/treffen'), meetings)).toEqual(slugs(real(meetings)));
    expect(seeded(linked(entries, '/termine'), events)).toEqual(slugs(real(events)));
    expect(seeded(linked(entries, '/menschen'), people)).toEqual(slugs(real(people)));
    const article = real(articles)[0];
    const entry = entries.find((e) => e.link[0]['@href'] === `${siteUrl}/beitraege/${article.slug}`)!;
    expect(entry.title['#text']).toBe(article.de.title);
    expect(entry.published).toBe(`${article.publishedOn}T00:00:00Z`);
    for (const e of entries) expect((await get(new URL(e.link[0]['@href']).pathname)).status, e.link[0]['@href']).toBe(200);
  });

  it('adds the samples only with ?beispiele=1', async () => {
    const entries = await entriesOf('/feed.xml?beispiele=1');
    expect(seeded(linked(entries, '/beitraege'), articles)).toEqual(slugs(articles));
    expect(seeded(linked(entries, '/treffen'), meetings)).toEqual(slugs(meetings));
    expect(seeded(linked(entries, '/termine'), events)).toEqual(slugs(events));
    expect(seeded(linked(entries, '/menschen'), people)).toEqual(slugs(people));
    const ilka = entries.find((e) => e.link[0]['@href'] === `${siteUrl}/menschen/beispiel-ilka-brandt`)!;
    expect(ilka.title['#text']).toBe('Ilka Brandt');
    expect(ilka.summary['#text']).toBe('Grafikdesignerin im Coworking · Mein Büro ist dort, wo das WLAN gut und der Kaffee stark ist.');
    // An event's summary says what, when and where.
    const open = entries.find((e) => e.link[0]['@href'] === `${siteUrl}/termine/tag-der-offenen-tuer-alte-molkerei-kalbe`)!;
    expect(open.summary['#text']).toBe('Tag der offenen Tür · 12. Juni 2027, 10:00–17:00 Uhr · Alte Molkerei Kalbe, Kalbe (Milde)');
  });

  it('comes in English under /en', async () => {
    const entries = await entriesOf('/en/feed.xml');
    const article = real(articles)[0];
    expect(entries.find((e) => e.link[0]['@href'] === `${siteUrl}/en/beitraege/${article.slug}`)?.title['#text']).toBe(article.en!.title);
  });

  it("is linked from every page's head, in the page's language", async () => {
    for (const [path, feed] of [
      ['/', '/feed.xml'],
      ['/orte/buergermeisterhof', '/feed.xml'],
      ['/en/treffen', '/en/feed.xml'],
    ]) {
      const { body } = await get(path);
      const head = body.slice(0, body.indexOf('</head>'));
      const link = head.match(/<link[^>]*type="application\/atom\+xml"[^>]*>/)?.[0] ?? '';
      expect(link, path).toMatch(/rel="alternate"/);
      expect(link, path).toContain(`href="${siteUrl}${feed}"`);
    }
  });
});

describe('/sitemap.xml and /robots.txt', () => {
  const urlsOf = async (path: string) => {
    const { body } = await expectFeed(path, 'application/xml; charset=utf-8');
    expect(XMLValidator.validate(body)).toBe(true);
    const { urlset } = xml.parse(body);
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    return urlset.url as { loc: string; lastmod?: string; 'xhtml:link'?: Record<string, string>[] }[];
  };
  const entryPaths = (entries: { slug: string }[], base: string) => entries.flatMap((e) => [`${base}/${e.slug}`, `/en${base}/${e.slug}`]);
  const paths = (urls: { loc: string }[]) => urls.map((u) => u.loc.slice(siteUrl.length));

  it('lists every public page in both languages, with lastmod and hreflang alternates, and each of them answers 200', async () => {
    const urls = await urlsOf('/sitemap.xml');
    const listed = paths(urls);
    const fixed = ['/', '/orte', '/karte', '/treffen', '/termine', '/termine/archiv', '/gesucht', '/beitraege', '/partner', '/menschen', '/neu', '/ueber', '/mitmachen', '/welcher-ort', '/daten', '/impressum', '/datenschutz', '/barrierefreiheit'];
    const expected = [
      ...fixed.flatMap((p) => [p, p === '/' ? '/en' : `/en${p}`]),
      ...entryPaths(real(places), '/orte'),
      ...entryPaths(real(meetings), '/treffen'),
      ...entryPaths(real(events), '/termine'),
      ...entryPaths(real(articles), '/beitraege'),
      ...entryPaths(real(partners), '/partner'),
      ...entryPaths(real(people), '/menschen'),
      ...entryPaths(regions, '/regionen'),
    ];
    expect(listed).toEqual(expect.arrayContaining(expected));
    const samples = [...places, ...meetings, ...events, ...articles, ...partners, ...people].filter((e) => e.isSample).map((e) => e.slug);
    expect(listed.filter((p) => samples.includes(p.split('/').at(-1)!)), 'no sample pages').toEqual([]);
    expect(new Set(listed).size, 'each URL once').toBe(listed.length);

    const hof = urls.find((u) => u.loc === `${siteUrl}/orte/buergermeisterhof`)!;
    expect(Date.parse(hof.lastmod!)).not.toBeNaN();
    expect(hof['xhtml:link']!.map((l) => [l['@rel'], l['@hreflang'], l['@href']])).toEqual([
      ['alternate', 'de', `${siteUrl}/orte/buergermeisterhof`],
      ['alternate', 'en', `${siteUrl}/en/orte/buergermeisterhof`],
      ['alternate', 'x-default', `${siteUrl}/orte/buergermeisterhof`],
    ]);
    // The seed has no real person, so nothing dates the list of people.
    for (const url of urls.filter((u) => !/\/(mitmachen|daten|menschen)$/.test(u.loc))) expect(Date.parse(url.lastmod ?? ''), url.loc).not.toBeNaN();

    for (const path of expected) expect((await get(path)).status, path).toBe(200);
  });

  it('adds the sample pages only with ?beispiele=1', async () => {
    const listed = paths(await urlsOf('/sitemap.xml?beispiele=1'));
    expect(listed).toEqual(
      expect.arrayContaining([
        ...entryPaths(places, '/orte'),
        ...entryPaths(meetings, '/treffen'),
        ...entryPaths(events, '/termine'),
        ...entryPaths(partners, '/partner'),
        ...entryPaths(people, '/menschen'),
      ]),
    );
  });

  it('robots.txt allows crawling and points at the sitemap', async () => {
    const { body } = await expectFeed('/robots.txt', 'text/plain; charset=utf-8');
    const lines = body.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Allow: /');
    expect(lines).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  });
});
