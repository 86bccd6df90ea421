// Reachability: `/orte?von=berlin&minuten=90` lists only the places within 90 minutes of Berlin,
// quickest first, each card with its time, with and without JavaScript; the profile says what
// the times measure; the /daten example finds the real places over the public API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, navigate, offSiteRequests, openPage, seriousA11yViolations, settle, type OpenedPage } from './support/browser';
import { seed, textOf, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');

type ReachPlace = SeedPlace & { minutesFromBerlin?: number; hubTimesBasis?: string };
const places = seed<ReachPlace[]>('places');

/** The seed's places within `minutes` of Berlin, as the directory must order them: quickest first, then by name. */
const withinFromBerlin = (minutes: number) =>
  places
    .filter((place) => place.minutesFromBerlin !== undefined && place.minutesFromBerlin <= minutes)
    .sort((a, b) => Number(a.minutesFromBerlin) - Number(b.minutesFromBerlin) || (a.de.name < b.de.name ? -1 : a.de.name > b.de.name ? 1 : 0));

// The filter form's selects by id; their visible labels are checked in expectTheBerlinList.
const hubSelect = (page: Page) => page.locator('select#filter-von');
const minutesSelect = (page: Page) => page.locator('select#filter-minuten');

const cardNames = async (page: Page) => (await page.locator('main article h2').allInnerTexts()).map((name) => name.trim());
const cardTimes = async (page: Page) => (await page.locator('main article .why').allInnerTexts()).map((text) => text.trim());

/** "ab Berlin ca. 1 Std. 15 Min.", as the card writes a time. */
const fromBerlin = (minutes: number) =>
  `ab Berlin ca. ${minutes < 60 ? `${minutes} Min.` : `${Math.floor(minutes / 60)} Std.${minutes % 60 ? ` ${minutes % 60} Min.` : ''}`}`;

const expectTheBerlinList = async (page: Page) => {
  const expected = withinFromBerlin(90);
  expect(await cardNames(page)).toEqual(expected.map((place) => place.de.name));
  const times = await cardTimes(page);
  expect(times).toHaveLength(expected.length);
  expected.forEach((place, i) => expect(times[i]).toContain(fromBerlin(Number(place.minutesFromBerlin))));
  expect(await page.getByRole('status').innerText()).toBe(`${expected.length} Orte gefunden`);
  expect(await page.locator('label[for="filter-von"]').innerText()).toBe('Anreise mit Bahn & Bus ab');
  expect(await page.locator('label[for="filter-minuten"]').innerText()).toBe('Höchstens');
  expect(await hubSelect(page).inputValue()).toBe('berlin');
  expect(await minutesSelect(page).inputValue()).toBe('90');
};

describe('the directory from a hub', () => {
  let browser: Browser;
  const opened: OpenedPage[] = [];

  /** Opens a page in a fresh context and keeps it, so that the last test checks every request made. */
  const open = async (path: string, options: Parameters<typeof openPage>[2] = {}) => {
    const page = await openPage(browser, `${siteUrl}${path}`, options);
    opened.push(page);
    expect(page.response?.status(), path).toBe(200);
    return page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the seed has places on both sides of 90 minutes from Berlin, and some without a time', () => {
    const within = withinFromBerlin(90).length;
    expect(within).toBeGreaterThanOrEqual(3);
    expect(withinFromBerlin(1440).length).toBeGreaterThan(within);
    expect(places.some((place) => place.minutesFromBerlin === undefined)).toBe(true);
  });

  // Generous timeouts: the first render of the directory is cold, and the test machine is shared.
  it('without JavaScript: the GET form filters and sorts on the server, axe-clean', { timeout: 180_000 }, async () => {
    const { page } = await open('/orte', { javaScript: false });
    await hubSelect(page).selectOption('berlin');
    await minutesSelect(page).selectOption('90');
    const response = await navigate(page, () => page.getByRole('button', { name: 'Filtern' }).click());
    expect(response.status()).toBe(200);
    const url = new URL(page.url());
    expect([url.searchParams.get('von'), url.searchParams.get('minuten')]).toEqual(['berlin', '90']);
    // In the HTML the server sent: the first card's time.
    expect(textOf(await response.text())).toContain(fromBerlin(Number(withinFromBerlin(90)[0].minutesFromBerlin)));
    await expectTheBerlinList(page);
    // axe needs scripts (it hangs in a context without them): the same page, rendered the same, at 1280 px.
    const { page: scripted } = await open(`${url.pathname}${url.search}`);
    const violations = await seriousA11yViolations(scripted);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('with JavaScript: choosing the hub and the time filters at once, axe-clean at 390 px', { timeout: 180_000 }, async () => {
    const o = await open('/orte', { width: 390, height: 844 });
    const { page } = o;
    await settle(page);
    // On a phone the filters are one tap away.
    await page.locator('main details summary').click();
    await hubSelect(page).selectOption('berlin');
    await page.waitForURL((url) => url.searchParams.get('von') === 'berlin');
    await settle(page);
    // The list from Berlin rendered in place, without a script error.
    await expect.poll(() => page.locator('main .by-time').count()).toBe(1);
    expect(o.errors).toEqual([]);
    await minutesSelect(page).selectOption('90');
    await page.waitForURL((url) => url.searchParams.get('minuten') === '90');
    await settle(page);
    await expectTheBerlinList(page);
    expect(o.errors).toEqual([]);
    const violations = await seriousA11yViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('keeps von and minuten in the pagination links, and von alone lists every place with a time from it', async () => {
    const { page } = await open('/orte?von=berlin', { javaScript: false });
    const withTime = withinFromBerlin(1440);
    expect(await page.getByRole('status').innerText()).toBe(`${withTime.length} Orte gefunden`);
    const next = page.locator('nav[aria-label="Seiten"] a[rel="next"]');
    const href = new URL(String(await next.getAttribute('href')), siteUrl);
    expect([href.searchParams.get('von'), href.searchParams.get('seite')]).toEqual(['berlin', '2']);
    const first = await cardNames(page);
    await navigate(page, () => next.click());
    expect([...first, ...(await cardNames(page))]).toEqual(withTime.map((place) => place.de.name));
  });

  it('answers 400 naming the parameter for an unknown hub or an impossible time', async () => {
    for (const [query, param] of [['von=paris', 'von'], ['von=berlin&minuten=0', 'minuten'], ['von=berlin&minuten=9999', 'minuten']]) {
      const response = await fetch(`${siteUrl}/orte?${query}`);
      expect(response.status, query).toBe(400);
      expect(textOf(await response.text())).toContain(`Ungültiger Wert für „${param}“`);
    }
  });

  it("the profile gives the real place's times from the facts, station to station", async () => {
    const { page } = await open('/orte/buergermeisterhof', { javaScript: false });
    const travel = page.locator('section[aria-labelledby="travel"]');
    // Berlin Hbf → Stendal 50 min and Stendal → Salzwedel 90 min; Stendal → Hannover 60 min.
    expect(await travel.innerText()).toContain('ab Berlin ca. 2 Std. 20 Min.');
    expect(await travel.innerText()).toContain('ab Hannover ca. 2 Std. 30 Min.');
    expect(await travel.innerText()).toContain('Von Bahnhof zu Bahnhof, ohne Umstiegszeit.');
    expect(await travel.innerText()).not.toContain('Hamburg');
  });

  it('/daten shows the example, and the query as shown finds the real places over the public API', async () => {
    const { page } = await open('/daten', { javaScript: false });
    const example = page.locator('section.example', { has: page.getByRole('heading', { name: /ab Berlin mit Bahn und Bus/ }) });
    const [query, variables] = await example.locator('pre code').allInnerTexts();
    expect(query).toContain('minutesFromBerlin: { lte: $minutes }');
    const response = await fetch(`${cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: JSON.parse(variables) }),
    });
    const body: { data?: { places: { slug: string; minutesFromBerlin: number; hubTimesBasis: string }[] } } = await response.json();
    expect(body.data?.places.map((p) => [p.slug, p.minutesFromBerlin, p.hubTimesBasis])).toEqual([
      ['buergermeisterhof', 140, 'station_to_station'],
      ['kultur-nische', 140, 'station_to_station'],
    ]);
  });

  it('requested nothing off 127.0.0.1', () => {
    expect(opened.flatMap((o) => offSiteRequests(o.requests))).toEqual([]);
  });
});
