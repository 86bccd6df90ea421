// "Publish under load": the caching site under load over many pages while an editor publishes
// changes through the CMS's admin API; measures the load and how soon each change is visible.
import { setTimeout as sleep } from 'node:timers/promises';
import { findPlace, publishTeaser } from './cms-admin.mjs';
import { measure } from './load.mjs';
import { BROWSER_HEADERS } from './scenarios.mjs';
import { spread } from './site-urls.mjs';

/** How long a change may take to show before the bench gives up on it, and how often it looks. */
const VISIBLE_TIMEOUT_MS = 10_000;
const POLL_MS = 25;

/**
 * One publish: the place, the admin's round trip (save, then publish), and the time from sending
 * the publish until the place's own page shows the new teaser (null: not within 10 s).
 * @typedef {{ path: string, adminMs: number, visibleMs: number | null }} Publish
 */

/**
 * Polls the page with a fetch of its own (not counted in the load) until it contains `text`.
 * @param {string} url
 * @param {string} text
 * @param {number} since performance.now() of the publish
 */
const visibleAfter = async (url, text, since) => {
  while (performance.now() - since < VISIBLE_TIMEOUT_MS) {
    const response = await fetch(url).catch(() => null);
    const shown = response?.ok && (await response.text()).includes(text);
    const elapsed = Math.round(performance.now() - since);
    if (shown) return elapsed < VISIBLE_TIMEOUT_MS ? elapsed : null;
    await sleep(POLL_MS);
  }
  return null;
};

/**
 * Fetches every path once, a few at a time, so that the measured run starts with the pages
 * cached; each must answer 200. Returns how many answered from the site's cache (`x-cache: HIT`
 * or `STALE`), or null if no answer said (the site does not tell).
 * @param {string} siteUrl
 * @param {string[]} paths
 */
export const visitAll = async (siteUrl, paths) => {
  let cached = 0;
  let told = 0;
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const response = await fetch(`${siteUrl}${path}`, { headers: BROWSER_HEADERS });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answers ${response.status}`);
      const state = response.headers.get('x-cache');
      if (state) told++;
      if (state === 'HIT' || state === 'STALE') cached++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return told ? cached : null;
};

/**
 * Loads `paths` of the caching site with `connections` for `duration` s; from the start of the
 * counted run, every `interval` s a different place among `profiles` gets a new teaser saved and
 * published through `admin`. Afterwards the teasers are set back and published again, so that
 * the dataset stays as generated.
 * @param {{ siteUrl: string, admin: import('./cms-admin.mjs').AdminApi, paths: string[], profiles: string[], duration: number, interval: number, connections: number, warmup: number, log: (message: string) => void }} options
 */
export const publishUnderLoad = async ({ siteUrl, admin, paths, profiles, duration, interval, connections, warmup, log }) => {
  const count = Math.floor(duration / interval);
  const changed = await Promise.all(spread(profiles, count).map(async (path) => ({ path, ...(await findPlace(admin, path.split('/')[2])) })));
  const run = `${Date.now().toString(36)}`;

  /** @type {Publish[]} */
  const publishes = [];
  const publishAll = async () => {
    const started = performance.now();
    const running = changed.map(async ({ path, documentId }, k) => {
      await sleep(Math.max(0, started + k * interval * 1000 - performance.now()));
      const teaser = `Bench ${run}-${k}: geändert und veröffentlicht unter Last.`;
      const sent = performance.now();
      let publishSent = sent;
      await publishTeaser(admin, documentId, teaser, () => (publishSent = performance.now()));
      const adminMs = Math.round(performance.now() - sent);
      publishes[k] = { path, adminMs, visibleMs: await visibleAfter(`${siteUrl}${path}`, teaser, publishSent) };
    });
    await Promise.all(running);
  };

  const measurement = await measure({ url: siteUrl, headers: BROWSER_HEADERS, paths }, { duration, connections, warmup }, publishAll);
  for (const p of publishes) log(`publish ${p.path}: admin ${p.adminMs} ms, visible after ${p.visibleMs ?? '> 10,000'} ms`);
  // What the site holds after the load: an answer from its cache (x-cache) was cached before it.
  const cachedPages = await visitAll(siteUrl, paths);
  for (const { documentId, teaser } of changed) await publishTeaser(admin, documentId, teaser);
  return { ...measurement, publishes, cachedPages };
};
