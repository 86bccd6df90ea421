// The map against the built site and seeded CMS: the interactive maplibre map with WebGL
// (SwiftShader), the SVG fallback without it, the directory's map view and the profile's small
// map. No request may leave the machine, and pages without a map must not load its code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, offSiteRequests, openPage, screenshot, seriousA11yViolations, settle } from './support/browser';
import { seed, type SeedPlace } from './support/site';

const siteUrl = inject('siteUrl');
const places = seed<(SeedPlace & { geo?: unknown })[]>('places');

/** The built map code: the chunk that imports maplibre and maplibre's worker. */
const isMapCode = (url: string) => /\/_app\/immutable\/.*(maplibre|interactive)/.test(url);

const mapMode = (page: Page) => page.locator('.map').getAttribute('data-map-mode');

const ATTRIBUTION = '© GeoBasis-DE / BKG 2020 (Daten verändert)';

/** The towns of the seeded places with coordinates, each once: the maps name them where they fit. */
const seededTowns = [...new Set(places.filter((place) => place.geo && place.address.town).map((place) => place.address.town!))];

/**
 * The interactive map's town names that show (not hidden for covering something), and any of
 * them that overlaps another shown name, a place or a cluster: there must be none.
 */
const shownTowns = (page: Page) =>
  page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => getComputedStyle(element).visibility === 'visible' && getComputedStyle(element).display !== 'none')
        .map((element) => ({ text: element.textContent ?? '', box: element.getBoundingClientRect() }));
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const towns = boxes('.map-label-town');
    const others = [...boxes('.map-label-city, .map-label-district, .map-pin, .map-cluster'), ...towns];
    return {
      names: towns.map((town) => town.text),
      covering: towns.filter((town) => others.some((other) => other !== town && overlap(town.box, other.box))).map((town) => town.text),
    };
  });

/** The requests for the base map's geography and the places, all from the site itself. */
const mapRequests = (requests: string[]) => requests.filter((url) => /\/karte\/(umrisse\.geojson|netz\.svg)|\/orte\.geojson\?beispiele=1$/.test(url)).map((url) => new URL(url).pathname);

/**
 * Opens places and clusters until a card shows, pressing Enter on a focused marker (the keyboard
 * path) or clicking it; clusters zoom in, and a cluster whose places share one spot opens a card.
 */
const openCard = async (page: Page, use: 'click' | 'keyboard') => {
  for (let step = 0; step < 10; step++) {
    if (await page.locator('.map .card').count()) return page.locator('.map .card');
    const marker = (await page.locator('.map .map-pin').count()) ? page.locator('.map .map-pin').first() : page.locator('.map .map-cluster').first();
    await marker.waitFor();
    if (use === 'keyboard') {
      await marker.focus();
      await page.keyboard.press('Enter');
    } else {
      await marker.click();
    }
    await page.waitForTimeout(400);
  }
  throw new Error('no card opened');
};

describe('with WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ webGl: true });
  });
  afterAll(() => browser?.close());

  it.each([390, 1280])('/karte at %i px draws the districts and states and names the cities, all from the site itself', async (width) => {
    const opened = await openPage(browser, `${siteUrl}/karte`, { width });
    const { page } = opened;
    await page.locator('.map[data-map-mode="interactive"] .map-cluster').first().waitFor({ timeout: 20_000 });
    // The server's drawing (netz.svg) shows until maplibre has drawn the outlines and the places.
    expect(mapRequests(opened.requests)).toEqual(expect.arrayContaining(['/karte/umrisse.geojson', '/orte.geojson']));
    for (const city of ['Berlin', 'Magdeburg']) await expect(page.locator('.map-label-city', { hasText: city }).isVisible()).resolves.toBe(true);
    // Districts are named once the map shows about one state; the page opens on the Altmark's places.
    const stendal = page.locator('.map-label-district', { hasText: /^Stendal$/ });
    await expect(stendal.count()).resolves.toBe(1);
    // Every town of the places gets a name, shown where it covers nothing (the others follow on zooming in).
    await expect(page.locator('.map-label-town').allTextContents()).resolves.toEqual(expect.arrayContaining(seededTowns));
    await page.waitForTimeout(500);
    const first = await shownTowns(page);
    expect(first.covering).toEqual([]);
    expect(first.names.length).toBeGreaterThan(0);
    for (const town of first.names) expect(seededTowns).toContain(town);
    // The attribution shows once, under the map: maplibre's own control is not added for our outlines.
    await expect(page.locator('.attribution').textContent()).resolves.toContain(ATTRIBUTION);
    await expect(page.getByText('GeoBasis-DE').count()).resolves.toBe(1);
    await expect(page.locator('.maplibregl-ctrl-attrib').count()).resolves.toBe(0);
    // The summary and the link to the list serve keyboards and screen readers; no list of every place is inlined.
    await expect(page.locator('.summary').textContent()).resolves.toMatch(/\d+ Orte/);
    await expect(page.locator('.summary a').getAttribute('href')).resolves.toBe('/orte?ansicht=karte');
    await screenshot(page, 'karte-interaktiv');
    // Zoomed in, the names are sorted out again: still none covers another or a place.
    for (let step = 0; step < 2; step++) {
      await page.locator('.maplibregl-ctrl-zoom-in').click();
      await page.waitForTimeout(800);
    }
    const zoomed = await shownTowns(page);
    expect(zoomed.covering).toEqual([]);
    await screenshot(page, 'karte-interaktiv-naeher');
    expect(opened.errors).toEqual([]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await opened.close();
  });

  it("the directory's map view of the Altmark sets the region apart and names its towns", async () => {
    const opened = await openPage(browser, `${siteUrl}/orte?region=altmark&ansicht=karte`);
    const { page } = opened;
    // The map sits below the filters; with 23 places at the Altmark's zoom they show as clusters and pins.
    await page.locator('.map').scrollIntoViewIfNeeded();
    await page.locator('.map-pin, .map-cluster, .map[data-map-mode="fallback"]').first().waitFor({ timeout: 60_000 });
    expect(opened.errors).toEqual([]);
    expect(await mapMode(page)).toBe('interactive');
    await page.waitForTimeout(800);
    const towns = await shownTowns(page);
    expect(towns.covering).toEqual([]);
    // Zoomed to the Altmark, most of its towns have room.
    expect(towns.names.length).toBeGreaterThanOrEqual(3);
    for (const town of towns.names) expect(seededTowns).toContain(town);
    await screenshot(page, 'orte-karte-altmark');
    expect(opened.errors).toEqual([]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await opened.close();
  });

  it('/karte clusters the places; clicking through to a place opens its card, which links to the profile', async () => {
    const opened = await openPage(browser, `${siteUrl}/karte`);
    const { page } = opened;
    await page.locator('.map[data-map-mode="interactive"] .map-cluster').first().waitFor({ timeout: 20_000 });
    // 23 places in a few towns: at the first view some of them must be grouped.
    const counts = await page.locator('.map .map-cluster').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(counts.length);

    const card = await openCard(page, 'click');
    const name = (await card.locator('.name').first().textContent())!.trim();
    await Promise.all([page.waitForURL(/\/orte\/[a-z0-9-]+$/), card.locator('a').first().click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe(name);

    expect(opened.requests.some(isMapCode), 'the map code was loaded').toBe(true);
    expect(opened.errors).toEqual([]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await opened.close();
  });

  it('/en/karte works from the keyboard: Enter on a marker, focus moves into the card, Enter follows its link', async () => {
    const opened = await openPage(browser, `${siteUrl}/en/karte`);
    const { page } = opened;
    await page.locator('.map[data-map-mode="interactive"] .map-cluster').first().waitFor({ timeout: 20_000 });
    await openCard(page, 'keyboard');
    const focused = await page.evaluate(() => document.activeElement?.closest('.card') !== null && document.activeElement?.tagName);
    expect(focused).toBe('A');
    await Promise.all([page.waitForURL(/\/en\/orte\/[a-z0-9-]+$/), page.keyboard.press('Enter')]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await opened.close();
  });

  it('/karte has no serious accessibility violations with the interactive map', async () => {
    const opened = await openPage(browser, `${siteUrl}/karte`);
    await opened.page.locator('.map[data-map-mode="interactive"] .map-cluster').first().waitFor({ timeout: 20_000 });
    const violations = await seriousA11yViolations(opened.page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await opened.close();
  });
});

describe('without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ webGl: false });
  });
  afterAll(() => browser?.close());

  it.each([390, 1280])('/karte at %i px falls back to the SVG map with the districts and city names, without the map code', async (width) => {
    const opened = await openPage(browser, `${siteUrl}/karte`, { width });
    const { page } = opened;
    await settle(page);
    expect(await mapMode(page)).toBe('fallback');
    await expect(page.locator('.note').textContent()).resolves.toContain('WebGL');
    // The base drawing (districts and states) is an image from the site; names and places are in the page.
    await expect(page.locator('.map svg image').getAttribute('href')).resolves.toBe('/karte/netz.svg');
    expect(mapRequests(opened.requests)).toEqual(['/karte/netz.svg']);
    const names = await page.locator('.map svg text:not(.count)').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Berlin', 'Magdeburg', 'Halle', 'Leipzig', 'Stendal', 'Altmarkkreis Salzwedel', 'Prignitz']));
    // Towns are named where they fit on the network's area; the server decides, so both widths agree.
    const towns = await page.locator('.map svg text.town').allTextContents();
    expect(towns.length).toBeGreaterThan(0);
    for (const town of towns) expect(seededTowns).toContain(town);
    await expect(page.locator('.attribution').textContent()).resolves.toContain(ATTRIBUTION);
    await expect(page.getByText('GeoBasis-DE').count()).resolves.toBe(1);
    // Every place with coordinates is counted in a mark: a dot, or a cluster that leads to the list.
    const located = places.filter((place) => place.geo).length;
    const counts = await page.locator('.map svg a').evaluateAll((marks) => marks.map((mark) => Number(mark.querySelector('text.count')?.textContent ?? 1)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(located);
    expect(counts.length).toBeLessThan(located);
    expect(opened.requests.filter(isMapCode)).toEqual([]);
    await screenshot(page, 'karte-ohne-webgl');

    // Freyburg lies apart from the others.
    const dot = page.locator('.map svg a[href="/orte/kelterhaus-freyburg"]');
    const name = await dot.getAttribute('aria-label');
    await Promise.all([page.waitForURL(/\/orte\/kelterhaus-freyburg$/), dot.click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe(name);

    const violations = await (async () => {
      await page.goto(`${siteUrl}/karte`);
      await settle(page);
      return seriousA11yViolations(page);
    })();
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await opened.close();
  });

  it('/orte keeps the list by default and offers the map as a link that keeps the filters', async () => {
    const opened = await openPage(browser, `${siteUrl}/orte?region=altmark`);
    const { page } = opened;
    await expect(page.locator('.views a[aria-current="page"]').textContent()).resolves.toBe('Liste');
    await expect(page.locator('.map').count()).resolves.toBe(0);
    const total = Number((await page.locator('.count').textContent())!.match(/\d+/)![0]);

    await Promise.all([page.waitForURL(/ansicht=karte/), page.locator('.views a', { hasText: 'Karte' }).click()]);
    expect(new URL(page.url()).searchParams.get('region')).toBe('altmark');
    await expect(page.locator('.views a[aria-current="page"]').textContent()).resolves.toBe('Karte');
    // The same filtered places: all on the map, and the list below it, paged like the directory.
    const counts = await page.locator('.map svg a').evaluateAll((marks) => marks.map((mark) => Number(mark.querySelector('text.count')?.textContent ?? 1)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    await expect(page.locator('#orte-liste > li').count()).resolves.toBe(Math.min(total, 12));
    await expect(page.locator('.map svg image').getAttribute('href')).resolves.toBe('/karte/region-altmark.svg');
    await screenshot(page, 'orte-karte-ohne-webgl');
    // Filtering in the map view stays in the map view.
    await expect(page.locator('form[role="search"] input[name="ansicht"]').getAttribute('value')).resolves.toBe('karte');
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await opened.close();
  });

  it('a profile shows its place on a small static map and loads no map code; the home page neither', async () => {
    const opened = await openPage(browser, `${siteUrl}/orte/buergermeisterhof`);
    const { page } = opened;
    await settle(page);
    await expect(page.locator('.locator svg').getAttribute('aria-label')).resolves.toBe('Lage von Bürgermeisterhof in Deutschland');
    const outline = await page.request.get(`${siteUrl}/karte/deutschland.svg`);
    expect(outline.status()).toBe(200);
    expect(outline.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(opened.requests.filter(isMapCode)).toEqual([]);

    await page.goto(`${siteUrl}/`);
    await settle(page);
    expect(opened.requests.filter(isMapCode)).toEqual([]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await opened.close();
  });

  it("a region's page shows the region's districts set apart and its places, with no map code", async () => {
    const opened = await openPage(browser, `${siteUrl}/regionen/altmark`);
    const { page } = opened;
    await settle(page);
    await expect(page.locator('.map svg image').getAttribute('href')).resolves.toBe('/karte/region-altmark.svg');
    const counts = await page.locator('.map svg a').evaluateAll((marks) => marks.map((mark) => Number(mark.querySelector('text.count')?.textContent ?? 1)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(places.filter((place) => place.region === 'altmark' && place.geo).length);
    await expect(page.locator('.attribution').textContent()).resolves.toContain(ATTRIBUTION);
    // In the region's frame there is room for (nearly) every town of its places.
    const towns = await page.locator('.map svg text.town').allTextContents();
    expect(towns).toEqual(expect.arrayContaining(['Salzwedel', 'Tangermünde', 'Havelberg']));
    expect(towns.length).toBeGreaterThan(seededTowns.length / 3);
    const drawing = await (await page.request.get(`${siteUrl}/karte/region-altmark.svg`)).text();
    expect(drawing.match(/<path /g)).toHaveLength(5);
    await expect(page.request.get(`${siteUrl}/karte/region-nirgendwo.svg`).then((r) => r.status())).resolves.toBe(404);
    expect(opened.requests.filter(isMapCode)).toEqual([]);
    expect(offSiteRequests(opened.requests)).toEqual([]);
    await screenshot(page, 'region-altmark');
    await opened.close();
  });

  it('the base map is GeoJSON outlines served by the site itself', async () => {
    const response = await fetch(`${siteUrl}/karte/umrisse.geojson`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    const outlines = await response.json();
    expect(outlines.type).toBe('FeatureCollection');
    const kinds = outlines.features.map((f: { properties: { kind: string } }) => f.properties.kind);
    expect(kinds.filter((kind: string) => kind === 'district')).toHaveLength(401);
    expect(kinds.filter((kind: string) => kind === 'state')).toHaveLength(16);
  });
});
