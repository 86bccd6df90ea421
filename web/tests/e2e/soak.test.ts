// A soak: 60 s at 100 connections on every public page and feed, against a server of the built
// site of its own (reading from the shared CMS), so that its memory is the soak's alone.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../scripts/lib/processes.mjs';
import { loadSite, percentile, rssMb, sitemapPaths, statusCounts } from './support/load';
import { startSiteServer } from './support/site-server';
import { siteEnv } from './support/stack-env';

const CONNECTIONS = 100;
const SOAK_S = 60;
/** Fills the caches, grows the heap to its working size and warms the JIT; not judged. */
const WARMUP_S = 10;
/**
 * Between the soak's middle third and its last, the median of the resident memory may move this
 * much; a leak of one kilobyte per request grows it by about 50 MB a third at this load. Medians,
 * not peaks: garbage collection makes the memory saw, and the peaks of one steady run moved by
 * up to 20 MB from one third to the next.
 */
const GROWTH_LIMIT_MB = 16;
/**
 * The site's resident memory at its highest: Node.js, the app, and both caches at work, with the
 * heap limits and allocator settings it is started with (scripts/lib/site-process.mjs).
 */
const PEAK_LIMIT_MB = 250;

const ms = (value: number) => `${value.toFixed(1)} ms`;

const FEEDS = ['/orte.geojson', '/feed.xml', '/en/feed.xml', '/treffen.ics', '/sitemap.xml', '/robots.txt'];

describe('soak', () => {
  let site: Awaited<ReturnType<typeof startSiteServer>> | undefined;
  let paths: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    const siteUrl = `http://127.0.0.1:${port}`;
    site = await startSiteServer({ ...siteEnv({ cmsUrl: inject('cmsUrl'), siteUrl, secrets: inject('secrets') }), SHOW_SAMPLES: 'true' }, undefined, port);
    paths = [...(await sitemapPaths(site.url)), ...FEEDS];
    for (const path of paths) expect((await fetch(`${site.url}${path}`)).status, path).toBe(200);
  });

  afterAll(async () => {
    await site?.stop();
  });

  it(`${SOAK_S} s at ${CONNECTIONS} connections: zero errors, and memory that does not keep growing`, async () => {
    expect(paths.length).toBeGreaterThan(30);
    const warmup = await loadSite(site!.url, paths, { connections: CONNECTIONS, durationS: WARMUP_S }).done;
    expect(warmup.failures).toEqual([]);

    const rss: { at: number; mb: number }[] = [];
    const sampling = (async () => {
      for (const end = Date.now() + SOAK_S * 1000; Date.now() < end; await sleep(250)) rss.push({ at: Date.now(), mb: rssMb(site!.pid) });
    })();
    const started = Date.now();
    const { answers, failures, durationS } = await loadSite(site!.url, paths, { connections: CONNECTIONS, durationS: SOAK_S }).done;
    await sampling;

    const latencies = answers.map((answer) => answer.latencyMs).sort((a, b) => a - b);
    const third = (SOAK_S * 1000) / 3;
    const thirds = [0, 1, 2].map((part) => rss.filter(({ at }) => at - started >= part * third && at - started < (part + 1) * third).map(({ mb }) => mb));
    const peaks = thirds.map((samples) => Math.max(...samples));
    const medians = thirds.map((samples) => percentile(samples, 50));
    console.log(
      `[soak] ${answers.length} requests in ${durationS.toFixed(1)} s on ${paths.length} pages and feeds (${Math.round(answers.length / durationS)} req/s), ` +
        `statuses ${JSON.stringify(statusCounts(answers))}, ${failures.length} failed; latency p50 ${ms(percentile(latencies, 50))}, ` +
        `p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, worst ${ms(latencies.at(-1)!)}; ` +
        `RSS ${rss[0].mb.toFixed(0)} MB at the start, medians per 20 s ${medians.map((mb) => mb.toFixed(0)).join(' / ')} MB, ` +
        `peaks ${peaks.map((mb) => mb.toFixed(0)).join(' / ')} MB, ${rss.at(-1)!.mb.toFixed(0)} MB at the end`,
    );

    expect(answers.length).toBeGreaterThan(SOAK_S * 100);
    expect(failures, 'no connection refused, reset or timed out').toEqual([]);
    expect(statusCounts(answers)).toEqual({ 200: answers.length });
    expect(medians[2] - medians[1], 'memory growth over the last third').toBeLessThan(GROWTH_LIMIT_MB);
    expect(Math.max(...peaks), 'resident memory at its peak').toBeLessThanOrEqual(PEAK_LIMIT_MB);
  }, (WARMUP_S + SOAK_S + 30) * 1000);
});
