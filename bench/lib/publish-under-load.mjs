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
 * the publish until the place's own page shows the new teaser (null: not within 10 s); `error`
 * if the admin API failed (then both times are null).
 * @typedef {{ path: string, adminMs: number | null, visibleMs: number | null, error?: string }} Publish
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
 * Fetches every path once, two at a time. Returns how many answered from the site's cache
 * (`x-cache: HIT` or `STALE`), or null if no answer said (the site does not tell). With `warm`,
 * so that a measured run starts with the pages cached, each must answer 200: a page that does
 * not (a 503 when the CMS is slow to answer a cold query) is asked for again, up to 3 times.
 * @param {string} siteUrl
 * @param {string[]} paths
 * @param {{ warm?: boolean }} [options]
 */
export const visitAll = async (siteUrl, paths, { warm = false } = {}) => {
  let cached = 0;
  let told = 0;
  let next = 0;
  /** @param {string} path */
  const visit = async (path) => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${siteUrl}${path}`, { headers: BROWSER_HEADERS });
      await response.arrayBuffer();
      if (response.status === 200 || !warm) return response;
      if (attempt === 3) throw new Error(`${path} answers ${response.status}`);
      await sleep(1000);
    }
  };
  const worker = async () => {
    while (next < paths.length) {
      const state = (await visit(paths[next++])).headers.get('x-cache');
      if (state) told++;
      if (state === 'HIT' || state === 'STALE') cached++;
    }
  };
  await Promise.all([worker(), worker()]);
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
      try {
        await publishTeaser(admin, documentId, teaser, () => (publishSent = performance.now()));
      } catch (failure) {
        // fetch's own message ("fetch failed") says less than its cause (e.g. a connect timeout).
        const cause = failure instanceof Error && failure.cause instanceof Error ? failure.cause : failure;
        publishes[k] = { path, adminMs: null, visibleMs: null, error: cause instanceof Error ? cause.message : String(cause) };
        log(`publish ${k + 1} (${path}) failed in the admin: ${publishes[k].error}`);
        return;
      }
      const adminMs = Math.round(performance.now() - sent);
      publishes[k] = { path, adminMs, visibleMs: await visibleAfter(`${siteUrl}${path}`, teaser, publishSent) };
      log(`publish ${k + 1} (${path}): admin ${adminMs} ms, visible after ${publishes[k].visibleMs ?? '> 10,000'} ms`);
    });
    await Promise.all(running);
  };

  const measurement = await measure({ url: siteUrl, headers: BROWSER_HEADERS, paths }, { duration, connections, warmup }, publishAll);
  // What the site holds after the load: an answer from its cache (x-cache) was cached before it.
  const cachedPages = await visitAll(siteUrl, paths);
  for (const { path, documentId, teaser } of changed) await publishTeaser(admin, documentId, teaser).catch((failure) => log(`could not set the teaser of ${path} back: ${failure}`));
  return { ...measurement, publishes, cachedPages };
};
