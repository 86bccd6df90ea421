// Faults under a bounded load from autocannon: the CMS is killed for 10 s and started again, and
// PostgreSQL is restarted. A stack of its own (a private PostgreSQL cluster, a CMS on it and a
// server of the built site) takes them, so the shared CMS and site of the other files never do.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, run, stop, type Child } from '../../../scripts/lib/processes.mjs';
import { cmsDir, startCms } from './support/cms-server';
import { loadSite, percentile, sitemapPaths, statusCounts, type Answer } from './support/load';
import { startPostgresCluster } from './support/postgres-cluster';
import { startSiteServer } from './support/site-server';
import { cmsEnv as cmsEnvFor, newSecrets, siteEnv } from './support/stack-env';

/** How long the site waits for the CMS: a page the site has not cached answers 503 after this at the latest. */
const CMS_TIMEOUT_MS = 2_000;
/** Pages go stale after a second, so that under load the site keeps asking the CMS for them anew. */
const PAGE_TTL_MS = 1_000;
/** A cached page never waits for the CMS: its worst latency under this load stays below the CMS timeout. */
const CACHED_WORST_MS = CMS_TIMEOUT_MS;
const LOAD = { connections: 10, rate: 200 };

/** Asks for a page the site has never seen, every 250 ms, until stopped: it must reach the CMS. */
const uncachedProbe = (siteUrl: string) => {
  const answers: Answer[] = [];
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n += 1) {
      const started = performance.now();
      const status = await fetch(`${siteUrl}/orte?q=probe-${Date.now()}-${n}`, { signal: AbortSignal.timeout(10_000) }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      answers.push({ at: Date.now(), status, latencyMs: performance.now() - started });
      await sleep(250);
    }
  })();
  return {
    answers,
    stop: async () => {
      running = false;
      await done;
    },
  };
};

const waitUntil = async (what: string, condition: () => boolean, timeoutMs: number) => {
  for (const started = Date.now(); !condition(); await sleep(100)) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting until ${what}`);
  }
};

const worst = (answers: Answer[]) => answers.reduce((most, answer) => Math.max(most, answer.latencyMs), 0);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

describe('faults under load', () => {
  let dir = '';
  let cluster: Awaited<ReturnType<typeof startPostgresCluster>> | undefined;
  let cms: Child | undefined;
  let cmsEnv: Record<string, string> = {};
  let cmsLog = '';
  let site: Awaited<ReturnType<typeof startSiteServer>> | undefined;
  let cachedPaths: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kig-faults-'));
    const publicDir = join(dir, 'public');
    mkdirSync(join(publicDir, 'uploads'), { recursive: true });
    cmsLog = join(dir, 'cms.log');
    cluster = await startPostgresCluster();
    const [cmsPort, sitePort] = [await freePort(), await freePort()];
    const siteUrl = `http://127.0.0.1:${sitePort}`;
    const secrets = newSecrets();
    cmsEnv = cmsEnvFor({ port: cmsPort, siteUrl, publicDir, database: { DATABASE_CLIENT: 'postgres', DATABASE_URL: cluster.url('kig') }, secrets });
    // The global setup compiled cms/dist; compiling again would pull it from under the shared CMS.
    await run('seed on the private PostgreSQL', process.execPath, ['scripts/seed.mjs'], { cwd: cmsDir, env: { ...cmsEnv, CMS_COMPILED: 'true' } });
    cms = await startCms(cmsEnv, cmsLog);
    site = await startSiteServer(
      {
        ...siteEnv({ cmsUrl: `http://127.0.0.1:${cmsPort}`, siteUrl, secrets }),
        CMS_TIMEOUT_MS: String(CMS_TIMEOUT_MS),
        PAGE_CACHE_TTL_MS: String(PAGE_TTL_MS),
        CACHE_TTL_MS: String(PAGE_TTL_MS),
        SHOW_SAMPLES: 'true',
      },
      join(dir, 'site.log'),
      sitePort,
    );
    cachedPaths = await sitemapPaths(site.url);
    for (const path of cachedPaths) expect((await fetch(`${site.url}${path}`)).status, path).toBe(200);
  }, 300_000);

  afterAll(async () => {
    await site?.stop();
    await stop(cms);
    cluster?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Loads every cached page and probes pages never cached while `fault` takes something down and
   * brings it back (it returns when both happened), until a page never cached answers 200 again.
   * The service is down from `downAt` until `restartingAt`, when it is started again; it answers
   * somewhere before `backAt`, when its start was seen to be complete.
   */
  const underLoad = async (fault: () => Promise<{ downAt: number; restartingAt: number; backAt: number }>) => {
    const load = loadSite(site!.url, cachedPaths, { ...LOAD, durationS: 120 });
    const probe = uncachedProbe(site!.url);
    await sleep(5_000);
    const { downAt, restartingAt, backAt } = await fault();
    const recovered = () => probe.answers.find((answer) => answer.at > backAt && answer.status === 200);
    await waitUntil('a page not cached answers 200 again', () => recovered() !== undefined, 30_000);
    await sleep(3_000);
    load.stop();
    await probe.stop();
    const { answers, failures, durationS } = await load.done;
    const whileDown = answers.filter((answer) => answer.at > downAt && answer.at < restartingAt);
    const probesWhileDown = probe.answers.filter((answer) => answer.at > downAt + 500 && answer.at < restartingAt);
    const recoveryMs = recovered()!.at - backAt;
    const summary =
      `${answers.length} requests in ${seconds(durationS * 1000)} s (${whileDown.length} while down): ` +
      `statuses ${JSON.stringify(statusCounts(answers))}, ${failures.length} failed, ` +
      `p99 ${percentile(answers.map((a) => a.latencyMs), 99).toFixed(1)} ms, worst ${worst(answers).toFixed(1)} ms; ` +
      `pages not cached while down: ${JSON.stringify(statusCounts(probesWhileDown))}, worst ${worst(probesWhileDown).toFixed(0)} ms; ` +
      `such a page answered 200 again ${seconds(recoveryMs)} s after the service was back`;
    return { answers, failures, whileDown, probesWhileDown, recoveryMs, summary };
  };

  /** What every fault must leave intact. */
  const expectCachedPagesUnharmed = ({ answers, failures, whileDown, probesWhileDown }: Awaited<ReturnType<typeof underLoad>>) => {
    expect(whileDown.length, 'the load went on while it was down').toBeGreaterThan(500);
    expect(failures, 'no connection refused, reset or timed out').toEqual([]);
    expect(statusCounts(answers), 'every cached page answered 200, stale while it was down').toEqual({ 200: answers.length });
    expect(worst(answers), 'a cached page never waits for the CMS').toBeLessThan(CACHED_WORST_MS);
    expect(probesWhileDown.length).toBeGreaterThan(5);
    expect(statusCounts(probesWhileDown), 'a page not cached: the 503 page').toEqual({ 503: probesWhileDown.length });
    expect(worst(probesWhileDown), 'within the CMS timeout').toBeLessThan(CMS_TIMEOUT_MS + 1_000);
  };

  it('the CMS killed for 10 s: cached pages stay 200, pages not cached get a quick 503, and the site recovers by itself', async () => {
    expect(cachedPaths.length).toBeGreaterThan(20);
    let bootMs = 0;
    const result = await underLoad(async () => {
      const downAt = Date.now();
      cms!.process.kill('SIGKILL');
      await cms!.exited;
      await sleep(10_000);
      const restartingAt = Date.now();
      cms = await startCms(cmsEnv, cmsLog);
      bootMs = Date.now() - restartingAt;
      return { downAt, restartingAt, backAt: Date.now() };
    });
    console.log(`[faults] CMS killed for 10 s, then booted in ${seconds(bootMs)} s: ${result.summary}`);

    expectCachedPagesUnharmed(result);
    expect(result.recoveryMs, 'the site recovers by itself, with no restart').toBeLessThan(5_000);
  });

  it('PostgreSQL restarted: cached pages stay 200 and the CMS reconnects by itself', async () => {
    const result = await underLoad(async () => {
      const downAt = Date.now();
      cluster!.stop();
      await sleep(5_000);
      const restartingAt = Date.now();
      cluster!.start();
      return { downAt, restartingAt, backAt: Date.now() };
    });
    console.log(`[faults] PostgreSQL stopped for 5 s and started again: ${result.summary}`);

    expect(cms!.process.exitCode, 'the CMS did not crash').toBeNull();
    expect(cms!.process.signalCode).toBeNull();
    expectCachedPagesUnharmed(result);
    expect(result.recoveryMs, 'the CMS reconnects by itself').toBeLessThan(10_000);
  });
});
