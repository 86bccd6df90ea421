// The CMS stopped right after a publish and an unpublish (issue 14): cached pages stay up, withdrawn
// content is gone. On a stack of this file's own, since it changes content and stops the CMS.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop } from '../../../scripts/lib/processes.mjs';
import { launchBrowser, openPage } from './support/browser';
import { PLACE, adminApi, type AdminApi } from './support/cms-admin';
import { startOwnStack } from './support/own-stack';
import { seed, stackTraceIn, textOf, type SeedPlace } from './support/site';
import { adminLogin } from './support/stack';
import { EDITORS } from './support/stack-env';

type SeedPlaceBothLocales = SeedPlace & { en: { name: string; teaser: string } };
const places = seed<SeedPlaceBothLocales[]>('places');
const placeBySlug = (slug: string) => {
  const place = places.find((candidate) => candidate.slug === slug);
  if (!place) throw new Error(`No place ${slug} in the seed`);
  return place;
};

/** A is changed and published; B, in another region, is withdrawn in both languages. */
const A = placeBySlug('kultur-nische');
const B = placeBySlug('lagerhaus-pritzwalk');
/** In neither A's region nor B's, and its profile lists no other place. */
const ELSEWHERE = placeBySlug('saegewerk-ilsetal');

const PAGES = [
  '/',
  '/en',
  '/orte',
  '/en/orte',
  '/karte',
  `/regionen/${A.region}`,
  `/regionen/${B.region}`,
  '/treffen',
  `/orte/${A.slug}`,
  `/en/orte/${A.slug}`,
  `/orte/${B.slug}`,
  `/en/orte/${B.slug}`,
  `/orte/${ELSEWHERE.slug}`,
  `/en/orte/${ELSEWHERE.slug}`,
  '/orte/buergermeisterhof',
  '/orte/alte-molkerei-kalbe',
];
const B_PROFILES = [`/orte/${B.slug}`, `/en/orte/${B.slug}`];
/** A seeded region's page, which no request in this file asks for before the CMS stops. */
const NEVER_CACHED = `/regionen/${ELSEWHERE.region}`;

/** Whether a page's HTML shows a place: its name (the same in both languages) or a link to its profile. */
const shows = (html: string, place: SeedPlace) => html.includes(place.de.name) || new RegExp(`/orte/${place.slug}["?#]`).test(html);
/** B's content as the site showed it: its name and the start of its teaser in either language. */
const bContent = [B.de.name, B.de.teaser.slice(0, 30), B.en.teaser.slice(0, 30)];

describe('the CMS stops right after a publish', () => {
  let stack: Awaited<ReturnType<typeof startOwnStack>> | undefined;
  let browser: Browser | undefined;
  let admin: AdminApi;
  let siteUrl = '';
  /** What each page showed while the CMS was up. */
  const before = new Map<string, { showsA: boolean; showsB: boolean }>();
  const teaser = `Frisch veröffentlicht vor dem Ausfall, ${new Date().toISOString()}`;

  /** The page as the browser gets it, in a fresh context, so that its own cache plays no part. */
  const visit = async (path: string) => {
    if (!browser) throw new Error('No browser');
    const { response, close } = await openPage(browser, `${siteUrl}${path}`);
    if (!response) throw new Error(`No response for ${path}`);
    const page = { status: response.status(), html: await response.text() };
    await close();
    return page;
  };
  /** The places with `slug` that the CMS's public API serves in `locale`. */
  const publicPlaces = async (slug: string, locale: string) => {
    const query = 'query ($slug: String!, $locale: I18NLocaleCode) { places(filters: { slug: { eq: $slug } }, locale: $locale) { documentId } }';
    const response = await fetch(`${stack?.cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { slug, locale } }) });
    const answer: { data: { places: { documentId: string }[] } } = await response.json();
    return answer.data.places;
  };
  const xCache = async (path: string) => (await fetch(`${siteUrl}${path}`, { signal: AbortSignal.timeout(10_000) })).headers.get('x-cache');

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

  it('the browser visits pages of every kind while the CMS is up, and the site caches them', async () => {
    for (const path of PAGES) {
      let { status, html } = await visit(path);
      // The CMS has just booted: on a busy machine its first answers may outlast the site's CMS
      // timeout (2 s), which the site answers with a 503 that it does not cache.
      for (let retry = 0; status === 503 && retry < 3; retry++) ({ status, html } = await visit(path));
      expect(status, path).toBe(200);
      before.set(path, { showsA: shows(html, A), showsB: shows(html, B) });
      expect(await xCache(path), path).toBe('HIT');
    }
    const showingB = PAGES.filter((path) => before.get(path)?.showsB);
    console.log(`[e2e] pages showing B: ${showingB.join(', ')}`);
    // The test means something only if B is listed beyond its own profiles and some pages show neither place.
    expect(showingB.filter((path) => !B_PROFILES.includes(path)).length).toBeGreaterThanOrEqual(2);
    expect(PAGES.filter((path) => !before.get(path)?.showsA && !before.get(path)?.showsB).length).toBeGreaterThanOrEqual(4);
    expect(before.get(`/orte/${ELSEWHERE.slug}`)).toEqual({ showsA: false, showsB: false });
  }, 180_000);

  it('an editor withdraws B and publishes a change to A, and the CMS stops once the site shows the change', async () => {
    const documentOf = async (slug: string) => {
      const { results } = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=${slug}`);
      const documentId: string = results[0].documentId;
      return documentId;
    };
    const [a, b] = [await documentOf(A.slug), await documentOf(B.slug)];
    // B first, and gone from the site, so that nothing but A's publish comes between A's change showing and the CMS stopping.
    for (const locale of ['de', 'en']) {
      await admin(`/content-manager/collection-types/${PLACE}/${b}/actions/unpublish?locale=${locale}`, { method: 'POST', body: '{}' });
      expect(await publicPlaces(B.slug, locale), `B is still published in ${locale}`).toEqual([]);
    }
    for (const path of B_PROFILES) {
      await expect.poll(async () => (await fetch(`${siteUrl}${path}`)).status, { message: `${path} once B is withdrawn`, timeout: 5_000, interval: 25 }).toBe(404);
    }
    await admin(`/content-manager/collection-types/${PLACE}/${a}?locale=de`, { method: 'PUT', body: JSON.stringify({ teaser }) });
    const published = performance.now();
    await admin(`/content-manager/collection-types/${PLACE}/${a}/actions/publish?locale=de`, { method: 'POST', body: '{}' });

    const aPage = () => fetch(`${siteUrl}/orte/${A.slug}`).then((response) => response.text());
    let live = false;
    while (!live && performance.now() - published < 5_000) {
      live = (await aPage()).includes(teaser);
      if (!live) await sleep(25);
    }
    expect(live, 'A shows its new teaser within 5 s').toBe(true);

    expect(await stop(stack?.cms, { timeoutMs: 10_000 })).toEqual({ code: 0, signal: null });
    console.log(`[e2e] publish to CMS stopped: ${Math.round(performance.now() - published)} ms`);
  });

  it('a page that shows neither A nor B was not marked stale by the publish: still a HIT', async () => {
    for (const path of [`/orte/${ELSEWHERE.slug}`, `/en/orte/${ELSEWHERE.slug}`]) {
      expect(before.get(path), path).toEqual({ showsA: false, showsB: false });
      expect(await xCache(path), path).toBe('HIT');
    }
  });

  it('every cached page that did not show B still answers 200, A with its new teaser', async () => {
    const failed: string[] = [];
    for (const path of PAGES.filter((candidate) => !before.get(candidate)?.showsB)) {
      const { status, html } = await visit(path);
      if (status !== 200) failed.push(`${path}: ${status}`);
      else if (path === `/orte/${A.slug}` && !html.includes(teaser)) failed.push(`${path}: without the new teaser`);
    }
    expect(failed).toEqual([]);
  }, 180_000);

  it("B's profile answers 404 or 503, never its old content", async () => {
    for (const path of B_PROFILES) {
      const { status, html } = await visit(path);
      expect([404, 503], path).toContain(status);
      expect(bContent.filter((content) => html.includes(content)), path).toEqual([]);
      expect(stackTraceIn(html), path).toEqual([]);
    }
  });

  it('every other page that showed B answers 503, or 200 without B', async () => {
    for (const path of PAGES.filter((candidate) => before.get(candidate)?.showsB && !B_PROFILES.includes(candidate))) {
      const { status, html } = await visit(path);
      expect([200, 503], path).toContain(status);
      expect(shows(html, B), `${path} (${status}) shows B`).toBe(false);
      expect(bContent.filter((content) => html.includes(content)), path).toEqual([]);
    }
  });

  it('a page never cached answers 503 with the friendly page', async () => {
    const { status, html } = await visit(NEVER_CACHED);
    expect(status).toBe(503);
    expect(html).toMatch(/<h1[^>]*>Gleich wieder da<\/h1>/);
    expect(textOf(html)).toContain('Unsere Inhalte werden gerade gewartet oder sind kurz nicht erreichbar');
    expect(stackTraceIn(html)).toEqual([]);
  });
});
