// Subscriptions (issue 19): a directory search's Atom feed, /neu and /neu.xml, read with a real
// feed parser. On a stack of this file's own, since it publishes a place and republishes another.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, offSiteRequests, openPage, seriousA11yViolations, type AxeViolation } from './support/browser';
import { PLACE, adminApi, createPlace, type AdminApi } from './support/cms-admin';
import { startOwnStack } from './support/own-stack';
import { seed, textOf, type SeedPlace } from './support/site';
import { adminLogin } from './support/stack';
import { EDITORS } from './support/stack-env';

const places = seed<SeedPlace[]>('places');
const regions = seed<{ slug: string; parent: string | null }[]>('regions');
const inRegion = (place: SeedPlace, region: string) => place.region === region || regions.find((r) => r.slug === place.region)?.parent === region;
/** The seed's places in the Altmark about housing: what /orte?region=altmark&thema=wohnen-bauen lists. */
const altmarkHousing = places.filter((place) => inRegion(place, 'altmark') && place.themes.includes('wohnen-bauen'));
const sorted = (slugs: string[]) => [...slugs].sort();
/** The sample places the seed dates to the day it ran (every third, cms/src/seed/first-publication.ts): this month's. */
const freshPlaces = () => places.filter((place, i) => place.isSample && i % 3 === 0);

let stack: Awaited<ReturnType<typeof startOwnStack>> | undefined;
let browser: Browser | undefined;
let admin: AdminApi;
let siteUrl = '';
const requests: string[] = [];

beforeAll(async () => {
  stack = await startOwnStack();
  siteUrl = stack.siteUrl;
  admin = adminApi({ cmsUrl: stack.cmsUrl, adminToken: await adminLogin(stack.cmsUrl, EDITORS.redaktion) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const get = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

/** A feed as a feed reader gets it: 200, Atom, cacheable, parsed by a real parser. */
const atom = async (path: string) => {
  const response = await get(path);
  expect(response.status, `${path}: ${response.body.slice(0, 200)}`).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  const feed = parseFeed(response.body);
  expect(feed.meta.type).toBe('atom');
  return feed;
};

const slugOf = (url: string | null, prefix: string) => {
  const path = new URL(url ?? '').pathname;
  expect(path.startsWith(prefix), path).toBe(true);
  return path.slice(prefix.length);
};

/** Opens a page, checks it with axe at 1280 and 390 px, and returns its text and links. */
const visit = async (path: string) => {
  if (!browser) throw new Error('No browser');
  const opened = await openPage(browser, `${siteUrl}${path}`);
  try {
    expect(opened.response?.status(), path).toBe(200);
    const found: Record<number, AxeViolation[]> = {};
    for (const width of [1280, 390]) {
      await opened.page.setViewportSize({ width, height: 900 });
      found[width] = await seriousA11yViolations(opened.page);
    }
    expect(found[1280], `${path} at 1280 px:\n${formatViolations(found[1280])}`).toEqual([]);
    expect(found[390], `${path} at 390 px:\n${formatViolations(found[390])}`).toEqual([]);
    expect(opened.errors).toEqual([]);
    requests.push(...opened.requests);
    const html = await opened.page.content();
    return { html, text: textOf(html), page: opened.page };
  } finally {
    await opened.close();
  }
};

describe("a directory search's feed", () => {
  it('is linked from the search as "Diese Suche abonnieren", in the page and its head', async () => {
    const { html } = await visit('/orte?region=altmark&thema=wohnen-bauen&seite=1');
    expect(html).toMatch(/<a href="\/orte\.xml\?region=altmark&amp;thema=wohnen-bauen" type="application\/atom\+xml"[^>]*>Diese Suche abonnieren<\/a>/);
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="Diese Suche abonnieren" href="${siteUrl}/orte.xml?region=altmark&amp;thema=wohnen-bauen">`);
    const english = await visit('/en/orte?region=altmark&thema=wohnen-bauen');
    expect(english.html).toMatch(/<a href="\/en\/orte\.xml\?region=altmark&amp;thema=wohnen-bauen"[^>]*>Subscribe to this search<\/a>/);
  });

  it('lists exactly the places of the search, real ones unless samples are asked for, newest first', async () => {
    expect(altmarkHousing.length).toBeGreaterThan(2);
    const feed = await atom('/orte.xml?region=altmark&thema=wohnen-bauen');
    expect(feed.title).toBe('Kreativorte: Altmark · Wohnen & Bauen');
    expect(sorted(feed.items.map((item) => slugOf(item.url, '/orte/')))).toEqual(sorted(altmarkHousing.filter((p) => !p.isSample).map((p) => p.slug)));

    const withSamples = await atom('/orte.xml?region=altmark&thema=wohnen-bauen&beispiele=1');
    const slugs = withSamples.items.map((item) => slugOf(item.url, '/orte/'));
    expect(sorted(slugs)).toEqual(sorted(altmarkHousing.map((p) => p.slug)));
    const published = withSamples.items.map((item) => item.published?.getTime() ?? 0);
    expect(published).toEqual([...published].sort((a, b) => b - a));
    // Each entry links the profile and says what the place is.
    const first = withSamples.items[0];
    expect(first.url).toBe(`${siteUrl}/orte/${slugs[0]}`);
    expect(first.description).toContain(places.find((p) => p.slug === slugs[0])?.de.teaser.slice(0, 30));

    const english = await atom('/en/orte.xml?region=altmark&thema=wohnen-bauen&phase=under_development&beispiele=1');
    expect(english.title).toBe('Creative places: Altmark · Living & Building · In development');
    expect(sorted(english.items.map((item) => slugOf(item.url, '/en/orte/')))).toEqual(
      sorted(altmarkHousing.filter((p) => p.stage === 'under_development').map((p) => p.slug)),
    );
  });

  it('learns what the directory filters by: the travel time from a hub', async () => {
    const page = await get('/orte?von=berlin&minuten=90');
    expect(page.status).toBe(200);
    expect(page.body).toContain('href="/orte.xml?von=berlin&amp;minuten=90"');
    // Each card's title links its profile.
    const listed = [...page.body.matchAll(/<h2 class="title[^"]*">\s*<a href="\/orte\/([a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(12);
    const feed = await atom('/orte.xml?von=berlin&minuten=90&beispiele=1');
    expect(feed.title).toBe('Kreativorte: ab Berlin in höchstens 90 Minuten');
    expect(sorted(feed.items.map((item) => slugOf(item.url, '/orte/')))).toEqual(sorted(listed));
  });

  it('answers a bad parameter with a 400 naming it, as plain text', async () => {
    for (const [query, param] of [
      ['phase=bald', 'phase'],
      ['region=atlantis', 'region'],
      ['thema=Wohnen%20%26%20Bauen', 'thema'],
      ['beispiele=ja', 'beispiele'],
      ['von=paris', 'von'],
      ['minuten=90000', 'minuten'],
    ]) {
      const response = await get(`/orte.xml?${query}`);
      expect([response.status, response.body], query).toEqual([400, `Ungültiger Wert für „${param}“.\n`]);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    }
  });
});

it('/termine links its iCal feed with every filter it shows', async () => {
  const page = await get('/termine?region=altmark&monat=2027-06&art=open_day&thema=wohnen-bauen&seite=1');
  expect(page.status).toBe(200);
  expect(page.body).toMatch(/<a href="\/termine\.ics\?region=altmark&amp;monat=2027-06&amp;art=open_day&amp;thema=wohnen-bauen" type="text\/calendar">Diese Termine abonnieren \(iCal\)<\/a>/);
});

describe('/neu', () => {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

  it("shows this month's new entries by kind, with absolute links and a text for the newsletter, in both languages", async () => {
    const { html, text } = await visit('/neu');
    const monthName = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T00:00:00Z`));
    expect(text).toContain(`Neu im ${monthName}`);
    expect(html).toMatch(/<h2 id="neu-place">Neue Orte<\/h2>/);
    // Every third sample place was first published when the seed ran, this month.
    const fresh = freshPlaces();
    expect(fresh.length).toBeGreaterThan(0);
    for (const place of fresh) expect(html).toContain(`<a href="${siteUrl}/orte/${place.slug}">`);
    // Real places were first published on the seed's day, 2026-11-29, a month before.
    expect(html).not.toContain(`/orte/buergermeisterhof"`);
    expect(html).toContain('Als Text für den Newsletter');
    // As the server sends it, for a browser without JavaScript too.
    expect((await get('/neu')).body).toMatch(new RegExp(`<textarea[^>]*>Neu im ${monthName}\\n\\nNeue Orte\\n\\n- `));

    const english = await visit('/en/neu');
    expect(english.text).toContain('New places');
    expect(english.html).toContain(`<a href="${siteUrl}/en/orte/${fresh[0].slug}">`);
  });

  it('has pages for earlier months back to the first, 400 for a malformed month and 404 before and after', async () => {
    const november = await get('/neu?monat=2026-11');
    expect(november.status).toBe(200);
    expect(november.body).toContain(`${siteUrl}/orte/buergermeisterhof"`);
    expect(november.body).toMatch(/rel="next" href="\/neu(\?monat=2026-12)?"/);
    // The earliest seeded first publication is the sample article of June 2026.
    expect((await get('/neu?monat=2026-06')).status).toBe(200);
    expect((await get('/neu?monat=2026-05')).status).toBe(404);
    expect((await get('/neu?monat=2099-01')).status).toBe(404);
    for (const bad of ['2026-13', '26-11', 'november']) {
      const response = await get(`/neu?monat=${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.body).toContain('Ungültiger Wert für „monat“.');
    }
  });

  it('is a feed too: /neu.xml parses and lists this month', async () => {
    const feed = await atom('/neu.xml?beispiele=1');
    expect(feed.title).toBe('Kreativorte im Grünen: Neu');
    const urls = feed.items.map((item) => item.url);
    for (const place of freshPlaces()) expect(urls).toContain(`${siteUrl}/orte/${place.slug}`);
    expect(feed.items.every((item) => (item.published?.getTime() ?? 0) >= Date.parse(`${month}-01T00:00:00Z`) - 40 * 86_400_000)).toBe(true);
    const english = await atom('/en/neu.xml');
    expect(english.language).toBe('en');
  });

  it('shows a place published now, and not an old one republished', async () => {
    const old = await admin(`/content-manager/collection-types/${PLACE}?filters[slug][$eq]=buergermeisterhof&locale=de`);
    const oldId: string = old.results[0].documentId;
    await admin(`/content-manager/collection-types/${PLACE}/${oldId}?locale=de`, { method: 'PUT', body: JSON.stringify({ teaser: `Neu gesagt, ${Date.now()}` }) });
    await admin(`/content-manager/collection-types/${PLACE}/${oldId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    const name = `Frischer Hof ${Date.now().toString(36)}`;
    await createPlace(admin, `frischer-hof-${Date.now().toString(36)}`, { publish: true, name });

    let html = '';
    for (const started = Date.now(); !html.includes(name) && Date.now() - started < 15_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
      html = (await get('/neu')).body;
    }
    expect(html).toContain(name);
    expect(html).not.toContain(`/orte/buergermeisterhof"`);
    // The feed spans the month before too, where the old place stays with its first publication.
    const feed = await atom('/neu.xml');
    expect(feed.items.map((item) => item.title)).toContain(name);
    const republished = feed.items.find((item) => item.url === `${siteUrl}/orte/buergermeisterhof`);
    expect(republished?.published?.toISOString() ?? null).toBeOneOf([null, '2026-11-28T23:00:00.000Z']);
  });

  it('requested nothing from another origin', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(offSiteRequests(requests)).toEqual([]);
  });
});
