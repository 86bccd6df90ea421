// Page weight of a first visit: the HTML, JavaScript and CSS one page type costs with an empty cache.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, OFFLINE_FLAGS, isLocal } from '../scripts/testing/offline-chromium.mjs';

/**
 * @typedef {{ name: string, path: string }} PageType
 * @typedef {{ jsBytes: number, jsGzipBytes: number, jsFiles: number }} JsWeight
 * @typedef {PageType & JsWeight & {
 *   htmlBytes: number, htmlGzipBytes: number, cssGzipBytes: number,
 *   onDemand: JsWeight, offSiteRequests: string[]
 * }} PageWeight
 */

// Software WebGL, so that the map page fetches its map code as it does on a real device.
const launchArgs = ['--headless', ...OFFLINE_FLAGS, '--enable-unsafe-swiftshader'];

/** What a server compressing on the fly would send: the local server may send it uncompressed. */
const gzipSize = (/** @type {Buffer} */ body) => gzipSync(body, { level: 9 }).length;

/** @param {{ body: Buffer }[]} files @returns {JsWeight} */
const sum = (files) => ({
  jsBytes: files.reduce((total, file) => total + file.body.length, 0),
  jsGzipBytes: files.reduce((total, file) => total + gzipSize(file.body), 0),
  jsFiles: files.length,
});

/** Makes the page believe there is no WebGL, as on a device that could not draw the map. */
const hideWebGl = () => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  // Overloads that one function cannot declare: what it returns is what the original returned.
  HTMLCanvasElement.prototype.getContext = /** @type {typeof getContext} */ (
    /**
     * @this {HTMLCanvasElement}
     * @param {string} type
     * @param {unknown[]} rest
     */
    function (type, ...rest) {
      return /webgl/.test(type) ? null : Reflect.apply(getContext, this, [type, ...rest]);
    }
  );
};

/**
 * One first visit in a fresh context (empty cache), until the network is idle.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ webGl: boolean }} options
 */
const visit = async (browser, url, { webGl }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'de-DE' });
  if (!webGl) await context.addInitScript(hideWebGl);
  /** @type {Promise<{ url: string, kind: string, body: Buffer } | null>[]} */
  const bodies = [];
  /** @type {string[]} */
  const offSiteRequests = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) offSiteRequests.push(request.url());
  });
  context.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = /javascript/.test(type) ? 'js' : /text\/css/.test(type) ? 'css' : null;
    // Redirects have no body to read.
    if (!kind || response.status() >= 300) return;
    bodies.push(response.body().then((body) => ({ url: response.url(), kind, body }), () => null));
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForLoadState('networkidle');
    const html = await response.body();
    const files = /** @type {{ url: string, kind: string, body: Buffer }[]} */ ((await Promise.all(bodies)).filter(Boolean));
    return { html, files, offSiteRequests };
  } finally {
    await context.close();
  }
};

/**
 * The first load is measured without WebGL; the scripts a visit with WebGL loads on top are the
 * on-demand map code, which the site downloads only where it can draw the map.
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl
 * @param {PageType} pageType
 * @returns {Promise<PageWeight>}
 */
const measurePage = async (browser, siteUrl, { name, path }) => {
  const url = new URL(path, siteUrl).href;
  const first = await visit(browser, url, { webGl: false });
  const withMap = await visit(browser, url, { webGl: true });
  const firstScripts = first.files.filter((file) => file.kind === 'js');
  const loaded = new Set(firstScripts.map((file) => file.url));
  return {
    name,
    path,
    htmlBytes: first.html.length,
    htmlGzipBytes: gzipSize(first.html),
    ...sum(firstScripts),
    cssGzipBytes: first.files.filter((file) => file.kind === 'css').reduce((total, file) => total + gzipSize(file.body), 0),
    onDemand: sum(withMap.files.filter((file) => file.kind === 'js' && !loaded.has(file.url))),
    offSiteRequests: [...new Set([...first.offSiteRequests, ...withMap.offSiteRequests])],
  };
};

/**
 * Loads each page without any interaction. `js*` counts every script of a first visit, `onDemand`
 * the map code that only a browser with WebGL downloads on top.
 * @param {string} siteUrl
 * @param {PageType[]} pages
 * @returns {Promise<PageWeight[]>}
 */
export async function measurePageWeight(siteUrl, pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: launchArgs });
  try {
    const results = [];
    for (const pageType of pages) results.push(await measurePage(browser, siteUrl, pageType));
    return results;
  } finally {
    await browser.close();
  }
}

/**
 * The first detail page a listing links to, as the seed's meeting, partner and article slugs vary.
 * @param {string} siteUrl
 * @param {string} listing e.g. /treffen
 */
const firstDetailPath = async (siteUrl, listing) => {
  const response = await fetch(new URL(listing, siteUrl));
  if (!response.ok) throw new Error(`${listing} answered ${response.status}`);
  // The calendar also links its archive, which is no entry's page.
  const match = new RegExp(`href="(${listing}/(?!archiv")[a-z0-9-]+)"`).exec(await response.text());
  if (!match) throw new Error(`${listing} links to no detail page`);
  return match[1];
};

/**
 * Every page type of the site, with the given place and the first meeting, partner and article.
 * @param {string} siteUrl
 * @param {string} placeSlug
 * @returns {Promise<PageType[]>}
 */
export async function pageTypes(siteUrl, placeSlug) {
  return [
    { name: 'home', path: '/' },
    { name: 'directory', path: '/orte' },
    { name: 'profile', path: `/orte/${placeSlug}` },
    { name: 'meeting', path: await firstDetailPath(siteUrl, '/treffen') },
    { name: 'calendar', path: '/termine' },
    { name: 'event', path: await firstDetailPath(siteUrl, '/termine') },
    { name: 'board', path: '/gesucht' },
    { name: 'partner', path: await firstDetailPath(siteUrl, '/partner') },
    { name: 'article', path: await firstDetailPath(siteUrl, '/beitraege') },
    { name: 'map', path: '/karte' },
    { name: 'proposal form', path: '/mitmachen' },
    { name: 'English home', path: '/en' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [siteUrl, placeSlug] = process.argv.slice(2);
  if (!siteUrl || !placeSlug) {
    console.error('usage: node bench/page-weight.mjs <siteUrl> <placeSlug>');
    process.exit(2);
  }
  console.log(JSON.stringify(await measurePageWeight(siteUrl, await pageTypes(siteUrl, placeSlug)), null, 2));
}
