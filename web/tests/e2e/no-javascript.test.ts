import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, navigate, offSiteRequests, openPage, type OpenedPage } from './support/browser';
import { seed, seedNoticeId, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');
const PAGE_SIZE = 12;

const places = seed<SeedPlace[]>('places');
const regions = seed<{ slug: string; parent: string | null }[]>('regions');
const inRegion = (place: SeedPlace, region: string) =>
  place.region === region || regions.find((r) => r.slug === place.region)?.parent === region;
// The directory's search: name, teaser or town, ignoring case.
const matches = (place: SeedPlace, q: string) =>
  [place.de.name, place.de.teaser, place.address.town ?? ''].some((text) => text.toLowerCase().includes(q.toLowerCase()));
const countText = (n: number) => (n === 1 ? '1 Ort gefunden' : `${n} Orte gefunden`);

const cardNames = async (page: Page) => (await page.locator('main article h2').allInnerTexts()).map((name) => name.trim());

describe('directory without JavaScript', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, `${siteUrl}/orte`, { javaScript: false });
    page = opened.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('scripts really are off', async () => {
    expect(opened.response?.status()).toBe(200);
    // An inline script must not run in this context.
    await page.setContent('<p id="x">before</p><script>document.getElementById("x").textContent = "after"</script>');
    expect(await page.locator('#x').innerText()).toBe('before');
    await page.goto(`${siteUrl}/orte`);
  });

  it('submits the GET filter form and gets server-rendered, filtered results', async () => {
    const q = 'Salzwedel';
    const expected = places.filter((place) => inRegion(place, 'altmark') && matches(place, q));
    expect(expected.length, 'the seed has places for this search').toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(places.length);

    await page.getByLabel('Suche').fill(q);
    await page.getByLabel('Region').selectOption('altmark');
    const response = await navigate(page, () => page.getByRole('button', { name: 'Filtern' }).click());

    expect(response.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/orte');
    expect(url.searchParams.get('q')).toBe(q);
    expect(url.searchParams.get('region')).toBe('altmark');

    // The filtered list is in the HTML the server sent, not assembled by scripts.
    const html = await response.text();
    expect(html).toContain(countText(expected.length));
    expect(await page.getByRole('status').innerText()).toBe(countText(expected.length));
    expect((await cardNames(page)).sort()).toEqual(expected.map((p) => p.de.name).sort());
    // The form shows the active filters again.
    expect(await page.getByLabel('Suche').inputValue()).toBe(q);
    expect(await page.getByLabel('Region').inputValue()).toBe('altmark');
  });

  it('pages through all places with the pagination links', async () => {
    await page.goto(`${siteUrl}/orte`);
    const pageCount = Math.ceil(places.length / PAGE_SIZE);
    expect(pageCount, 'the seed fills more than one page').toBeGreaterThan(1);

    const seen: string[] = [];
    for (let n = 1; n <= pageCount; n++) {
      const names = await cardNames(page);
      expect(names.length).toBe(n < pageCount ? PAGE_SIZE : places.length - PAGE_SIZE * (pageCount - 1));
      expect(await page.locator('nav[aria-label="Seiten"] [aria-current="page"]').innerText()).toBe(String(n));
      seen.push(...names);
      if (n < pageCount) {
        const response = await navigate(page, () => page.locator('nav[aria-label="Seiten"] a[rel="next"]').click());
        expect(response.status()).toBe(200);
        expect(new URL(page.url()).searchParams.get('seite')).toBe(String(n + 1));
      }
    }
    expect(seen.sort()).toEqual(places.map((p) => p.de.name).sort());

    const back = await navigate(page, () => page.getByRole('link', { name: 'Seite 1', exact: true }).click());
    expect(back.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('seite')).toBeNull();
    expect(await page.locator('nav[aria-label="Seiten"] [aria-current="page"]').innerText()).toBe('1');
  });

  it('keeps the filters in the pagination links', async () => {
    const expected = places.filter((place) => inRegion(place, 'sachsen-anhalt'));
    expect(expected.length, 'Sachsen-Anhalt (with the Altmark) fills more than one page').toBeGreaterThan(PAGE_SIZE);

    await page.goto(`${siteUrl}/orte`);
    await page.getByLabel('Region').selectOption('sachsen-anhalt');
    await navigate(page, () => page.getByRole('button', { name: 'Filtern' }).click());
    expect(await page.getByRole('status').innerText()).toBe(countText(expected.length));
    const first = await cardNames(page);

    const response = await navigate(page, () => page.locator('nav[aria-label="Seiten"] a[rel="next"]').click());
    expect(response.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe('sachsen-anhalt');
    expect(url.searchParams.get('seite')).toBe('2');
    const second = await cardNames(page);
    expect([...first, ...second].sort()).toEqual(expected.map((p) => p.de.name).sort());
  });

  it('requested nothing off 127.0.0.1', () => {
    expect(offSiteRequests(opened.requests)).toEqual([]);
  });
});

describe('calendar without JavaScript', () => {
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, `${siteUrl}/termine`, { javaScript: false });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('filters /termine by region and month with the GET form, and links the same filters as iCal', async () => {
    const { page } = opened;
    expect(opened.response?.status()).toBe(200);
    await page.getByLabel('Region').selectOption('altmark');
    await page.getByLabel('Monat').selectOption('2027-06');
    const response = await navigate(page, () => page.getByRole('button', { name: 'Filtern' }).click());
    expect(response.status()).toBe(200);
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('region'), url.searchParams.get('monat')]).toEqual(['/termine', 'altmark', '2027-06']);
    // The seed's one event in the Altmark in June 2027: the open day at the Alte Molkerei.
    expect(await cardNames(page)).toEqual(['Tag der offenen Tür in der Alten Molkerei']);
    expect(await page.getByRole('link', { name: 'Diese Termine abonnieren (iCal)' }).getAttribute('href')).toBe('/termine.ics?region=altmark&monat=2027-06');
    expect(offSiteRequests(opened.requests)).toEqual([]);
  });
});

describe('the board without JavaScript', () => {
  type Notice = { place: string; kind: string; expiresOn?: string; de: { text: string } };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const current = seed<Notice[]>('notices').filter((n) => !n.expiresOn || n.expiresOn >= today);
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, `${siteUrl}/gesucht`, { javaScript: false });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('filters /gesucht by kind and theme with the GET form, server-rendered, and links the same filters as a feed', async () => {
    const { page } = opened;
    expect(opened.response?.status()).toBe(200);
    await page.getByLabel('Art').selectOption('investors');
    await page.getByLabel('Thema').selectOption('wohnen-bauen');
    const response = await navigate(page, () => page.getByRole('button', { name: 'Filtern' }).click());
    expect(response.status()).toBe(200);
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('art'), url.searchParams.get('thema')]).toEqual(['/gesucht', 'investors', 'wohnen-bauen']);
    const expected = current.filter((n) => n.kind === 'investors' && places.find((p) => p.slug === n.place)?.themes.includes('wohnen-bauen')).map((n) => n.de.text);
    expect(expected.length, 'the seed has investors wanted at places of this theme').toBeGreaterThan(0);
    // The filtered list is in the HTML the server sent.
    const html = await response.text();
    for (const text of expected) expect(html).toContain(text);
    expect((await page.locator('main ol.entries p.text').allInnerTexts()).sort()).toEqual(expected.sort());
    expect(await page.getByRole('link', { name: 'Diese Auswahl als Feed abonnieren' }).getAttribute('href')).toBe('/gesucht.xml?art=investors&thema=wohnen-bauen');
    expect(offSiteRequests(opened.requests)).toEqual([]);
  });
});

describe('a notice without JavaScript', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // The answer form itself is sent without JavaScript in notice-reply.test.ts, on a stack with a
  // mail server and a place with a private address; here the seed's place has none.
  it('shows the notice, its place and the other ways to reach it, and leads to the profile', async () => {
    const notice = await seedNoticeId(inject('cmsUrl'), 'buergermeisterhof');
    const { page, response, requests } = await openPage(browser, `${siteUrl}/gesucht/${notice}`, { javaScript: false });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toMatch(/^(Gesucht|Angeboten): /);
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByText('Bürgermeisterhof nimmt über die Pinnwand keine Nachrichten an.').count()).toBe(1);
    const profile = await navigate(page, () => page.getByRole('link', { name: 'Zum Profil von Bürgermeisterhof' }).click());
    expect(profile.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/orte/buergermeisterhof');
    expect(offSiteRequests(requests)).toEqual([]);
  });
});
