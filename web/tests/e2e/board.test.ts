// The board "Gesucht & Angeboten" (/gesucht) and its Atom feed against the seeded CMS: what it lists,
// its filters with JavaScript (without: no-javascript.test.ts), its 400s, the feed read with a real XML parser, and the
// seed's expired seeking nowhere. A notice published in the admin runs on a stack of its own.
import { setTimeout as sleep } from 'node:timers/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLACE, adminApi } from './support/cms-admin';
import { launchBrowser, offSiteRequests, openPage, type OpenedPage } from './support/browser';
import { startOwnStack } from './support/own-stack';
import { seed, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');

type Notice = {
  place: string;
  direction: 'seeking' | 'offer';
  kind: string;
  addedOn?: string;
  expiresOn?: string;
  de: { text: string };
  en?: { text: string };
};

const places = seed<SeedPlace[]>('places');
const regions = seed<{ slug: string; parent: string | null }[]>('regions');
const notices = seed<Notice[]>('notices');
const placeOf = (notice: Notice) => places.find((p) => p.slug === notice.place)!;
const inRegion = (notice: Notice, region: string) => {
  const own = placeOf(notice).region;
  return own === region || regions.find((r) => r.slug === own)?.parent === region;
};

/** Today in Berlin, where a notice's expiresOn is its last day. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const current = notices.filter((n) => !n.expiresOn || n.expiresOn >= today);
const expired = notices.filter((n) => n.expiresOn && n.expiresOn < today);
const texts = (list: Notice[], locale: 'de' | 'en' = 'de') => list.map((n) => (locale === 'en' && n.en ? n.en.text : n.de.text)).sort();

const get = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

type Entry = { text: string; addedOn: string; answer: string | null; place: string | null };

/** The entries of the board page shown in `page`. */
const entriesOn = (page: Page): Promise<Entry[]> =>
  page.locator('main ol.entries > li article').evaluateAll((articles) =>
    articles.map((article) => ({
      text: article.querySelector('p.text')?.textContent?.trim() ?? '',
      addedOn: article.querySelector('p.dates time')?.getAttribute('datetime') ?? '',
      answer: article.querySelector('p.answer a')?.getAttribute('href') ?? null,
      place: article.querySelector('p.where a')?.getAttribute('href') ?? null,
    })),
  );

/** Every page of a board listing, following its pagination, as the server rendered them. */
const allEntries = async (page: Page, path: string) => {
  const found: Entry[] = [];
  let next: string | null = path;
  while (next) {
    const response = await page.goto(`${siteUrl}${next}`);
    expect(response?.status(), next).toBe(200);
    found.push(...(await entriesOn(page)));
    const link = page.locator('nav.pagination a[rel="next"]');
    next = (await link.count()) ? await link.getAttribute('href') : null;
  }
  return found;
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });

/** A board feed read with a real XML parser: Atom, valid, and each entry complete. */
const feedOf = async (path: string, site = siteUrl) => {
  const response = await get(`${site}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  expect(XMLValidator.validate(response.body)).toBe(true);
  const { feed } = xml.parse(response.body);
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed.link).toEqual(expect.arrayContaining([expect.objectContaining({ '@rel': 'self', '@href': `${site}${path}` })]));
  const entries: Record<string, any>[] = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry.id).toMatch(new RegExp(`^${site}(/en)?/gesucht/[a-z0-9]+$`));
    expect(entry.link[0]['@href']).toBe(entry.id);
    expect(Date.parse(entry.published)).not.toBeNaN();
    expect(Date.parse(entry.updated)).toBeGreaterThanOrEqual(Date.parse(entry.published));
    expect(entry.content['@type']).toBe('text');
  }
  const published = entries.map((e) => Date.parse(e.published));
  expect(published, 'newest first').toEqual([...published].sort((a, b) => b - a));
  return { feed, entries, body: response.body };
};

describe('the board /gesucht', () => {
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, `${siteUrl}/gesucht`);
  });
  afterAll(() => browser?.close());

  it('lists every current notice of the seed, newest first, 20 a page, each linked to its place and its answer page', async () => {
    const { page } = opened;
    expect(opened.response?.status()).toBe(200);
    expect(expired.length, 'the seed has an expired notice').toBeGreaterThan(0);
    expect(await page.getByRole('status').innerText()).toBe(`${current.length} Einträge`);
    expect(await page.locator('main ol.entries > li').count()).toBe(20);
    const entries = await allEntries(page, '/gesucht');
    expect(entries.map((e) => e.text).sort()).toEqual(texts(current));
    const added = entries.map((e) => e.addedOn);
    expect(added, 'newest first').toEqual([...added].sort().reverse());
    for (const entry of entries) {
      expect(entry.answer).toMatch(/^\/gesucht\/[a-z0-9]+$/);
      const notice = current.find((n) => n.de.text === entry.text)!;
      expect(entry.place).toBe(`/orte/${notice.place}`);
      if (notice.addedOn) expect(entry.addedOn).toBe(notice.addedOn);
    }
    // "sichtbar bis" where a notice expires.
    const expiring = current.find((n) => n.expiresOn)!;
    await page.goto(`${siteUrl}/gesucht?region=${placeOf(expiring).region}&art=${expiring.kind}`);
    const item = page.locator('main ol.entries > li', { hasText: expiring.de.text });
    expect(await item.locator('p.dates strong time').getAttribute('datetime')).toBe(expiring.expiresOn);
    expect(await item.locator('p.dates strong').innerText()).toMatch(/^sichtbar bis \d+\. \S+ \d{4}$/);
  });

  it('says what the board is, and links the feed of the current filter, visibly and in the head', async () => {
    const { page } = opened;
    await page.goto(`${siteUrl}/gesucht?art=angeboten&region=altmark`);
    expect(await page.locator('h1').innerText()).toBe('Gesucht & Angeboten');
    expect(await page.locator('main p.lead').innerText()).toContain('antwortet direkt beim Eintrag');
    expect(await page.getByRole('link', { name: 'Diese Auswahl als Feed abonnieren' }).getAttribute('href')).toBe('/gesucht.xml?art=angeboten&region=altmark');
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/gesucht.xml?art=angeboten&region=altmark"]').count()).toBe(1);
  });

  it('filters with JavaScript: a changed select shows its entries at once, a region with its child regions', async () => {
    const { page } = opened;
    await page.goto(`${siteUrl}/gesucht`);
    await page.getByLabel('Art').selectOption('angeboten');
    await page.waitForURL((url) => url.searchParams.get('art') === 'angeboten');
    await page.getByLabel('Region').selectOption('sachsen-anhalt');
    await page.waitForURL((url) => url.searchParams.get('region') === 'sachsen-anhalt');
    const expected = current.filter((n) => n.direction === 'offer' && inRegion(n, 'sachsen-anhalt'));
    expect(expected.some((n) => placeOf(n).region === 'altmark'), 'the Altmark is a child region').toBe(true);
    await expect.poll(() => page.getByRole('status').innerText()).toBe(`${expected.length} Einträge`);
    expect((await allEntries(page, new URL(page.url()).pathname + new URL(page.url()).search)).map((e) => e.text).sort()).toEqual(texts(expected));
    expect(offSiteRequests(opened.requests)).toEqual([]);
  });

  it('speaks English under /en, each notice in English where translated', async () => {
    const { page } = opened;
    const response = await page.goto(`${siteUrl}/en/gesucht?art=gesucht`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Wanted & offered');
    const expected = current.filter((n) => n.direction === 'seeking');
    const entries = await allEntries(page, '/en/gesucht?art=gesucht');
    expect(entries.map((e) => e.text).sort()).toEqual(texts(expected, 'en'));
    expect(entries.every((e) => e.answer?.startsWith('/en/gesucht/'))).toBe(true);
  });

  it('answers 400 naming the parameter for a bad filter, in the page and the feed', async () => {
    for (const [query, param] of [
      ['art=gesucht%2Cangeboten', 'art'],
      ['art=open_day', 'art'],
      ['region=atlantis', 'region'],
      ['thema=%3Cscript%3E', 'thema'],
      ['seite=0', 'seite'],
    ]) {
      const page = await get(`${siteUrl}/gesucht?${query}`);
      expect(page.status, query).toBe(400);
      expect(page.body).toContain(`Ungültiger Wert für „${param}“.`);
      const feed = await get(`${siteUrl}/gesucht.xml?${query}`);
      expect(feed.status, query).toBe(400);
      expect(feed.body).toBe(`Ungültiger Wert für „${param}“.\n`);
    }
    expect((await get(`${siteUrl}/gesucht?seite=99`)).status).toBe(404);
  });

  it('never shows the seed’s expired seeking, on any page of the board', async () => {
    const { page } = opened;
    const all = await allEntries(page, '/gesucht');
    for (const notice of expired) expect(all.map((e) => e.text)).not.toContain(notice.de.text);
    const atPlace = await allEntries(page, `/gesucht?region=${placeOf(expired[0]).region}&art=${expired[0].kind}`);
    expect(atPlace.map((e) => e.text)).not.toContain(expired[0].de.text);
  });
});

describe('/gesucht.xml', () => {
  it('holds the page’s notices of a filter as Atom entries: title, the text as content, a stable id', async () => {
    const path = '/gesucht.xml?art=gesucht&region=sachsen-anhalt&beispiele=1';
    const { feed, entries } = await feedOf(path);
    expect(feed.title['#text']).toBe('Kreativorte im Grünen: Gesucht & Angeboten');
    expect(feed.link).toEqual(expect.arrayContaining([expect.objectContaining({ '@rel': 'alternate', '@href': `${siteUrl}/gesucht?art=gesucht&region=sachsen-anhalt` })]));
    const expected = current.filter((n) => n.direction === 'seeking' && inRegion(n, 'sachsen-anhalt'));
    // The feed is the board's first page.
    expect(entries).toHaveLength(Math.min(20, expected.length));
    for (const entry of entries) {
      const notice = expected.find((n) => n.de.text === entry.content['#text']);
      expect(notice, entry.content['#text']).toBeDefined();
      expect(entry.title['#text']).toMatch(new RegExp(`^Gesucht: .+ – ${placeOf(notice!).de.name}$`));
    }
    // The same notice keeps its id in the next read, and its page is the board's answer link.
    expect((await feedOf(path)).entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('leaves samples out unless asked, speaks English under /en, and holds no personal data', async () => {
    const { entries } = await feedOf('/gesucht.xml');
    const real = current.filter((n) => !placeOf(n).isSample);
    expect(real.length, 'the real places\' notices fit on one page').toBeLessThanOrEqual(20);
    expect(entries.map((e) => e.content['#text']).sort()).toEqual(texts(real));
    const english = await feedOf('/en/gesucht.xml?art=angeboten&beispiele=1');
    expect(english.entries.length).toBeGreaterThan(0);
    for (const entry of english.entries) expect(entry.title['#text']).toMatch(/^Offered: /);
    expect(english.body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('never holds the seed’s expired seeking', async () => {
    for (const path of ['/gesucht.xml?beispiele=1', `/gesucht.xml?art=${expired[0].kind}&beispiele=1`, `/gesucht.xml?region=${placeOf(expired[0]).region}&beispiele=1`]) {
      const { body } = await feedOf(path);
      for (const notice of expired) expect(body, path).not.toContain(notice.de.text);
    }
  });
});

describe('a notice published in the admin', () => {
  let stack: Awaited<ReturnType<typeof startOwnStack>> | undefined;
  afterAll(() => stack?.stop());

  it('is on the board and in its filtered feed within 2 s, and gone from both when withdrawn', async () => {
    stack = await startOwnStack();
    const admin = adminApi(stack);
    const board = `${stack.siteUrl}/gesucht?art=residents&region=altmark`;
    const feed = `${stack.siteUrl}/gesucht.xml?art=residents&region=altmark&beispiele=1`;
    const shows = async (text: string) => (await Promise.all([board, feed].map(async (url) => (await get(url)).body.includes(text)))).every(Boolean);
    const until = async (check: () => Promise<boolean>) => {
      const started = performance.now();
      while (performance.now() - started < 10_000) {
        if (await check()) return Math.round(performance.now() - started);
        await sleep(25);
      }
      return Infinity;
    };
    const text = `Eine Nachbarin für das Gartenhaus, gesucht um ${Date.now()}`;
    // Both are cached before the change.
    expect(await shows(text)).toBe(false);
    const { results } = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=alte-molkerei-kalbe`);
    const NOTICE = 'api::notice.notice';
    const data = { direction: 'seeking', kind: 'residents', text, addedOn: today, isSample: true, place: { connect: [{ documentId: results[0].documentId }] } };
    const { data: created } = await admin(`/content-manager/collection-types/${NOTICE}?locale=de`, { method: 'POST', body: JSON.stringify(data) });
    await admin(`/content-manager/collection-types/${NOTICE}/${created.documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    const listed = await until(() => shows(text));
    console.log(`[e2e] new notice to the board and its feed: ${listed} ms`);
    expect(listed).toBeLessThan(2000);
    // Added today, it is the newest, and its id is its page.
    const [first] = (await feedOf(feed.slice(stack.siteUrl.length), stack.siteUrl)).entries;
    expect([first.content['#text'], first.id]).toEqual([text, `${stack.siteUrl}/gesucht/${created.documentId}`]);

    await admin(`/content-manager/collection-types/${NOTICE}/${created.documentId}/actions/unpublish?locale=de`, { method: 'POST', body: '{}' });
    const gone = await until(async () => !(await get(board)).body.includes(text) && !(await get(feed)).body.includes(text));
    expect(gone).toBeLessThan(2000);
  });
});
