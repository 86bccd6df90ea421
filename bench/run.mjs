#!/usr/bin/env node
// `pnpm bench`: starts the CMS twice on a generated dataset (with its GraphQL answer cache, and
// without it) and two production builds of the site (caching, in front of the first; CACHE=off, in
// front of the second), loads them with autocannon (the cached pages and the static file in three
// interleaved rounds, then publishing under load), then measures page weight and runs Lighthouse.
// Writes bench/results/latest.json and latest.md. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compile } from '../cms/scripts/strapi-app.mjs';
import { ensureDataset } from './dataset/generate.mjs';
import { measure } from './lib/load.mjs';
import { adminSession } from './lib/cms-admin.mjs';
import { publishUnderLoad, visitAll } from './lib/publish-under-load.mjs';
import { measureReachCost } from './lib/reach-cost.mjs';
import { markdownReport } from './lib/report.mjs';
import { medianRun } from './lib/rounds.mjs';
import { sampleRss } from './lib/rss.mjs';
import { BROWSER_HEADERS, graphqlList, pages, restList, staticAsset } from './lib/scenarios.mjs';
import { siteUrls } from './lib/site-urls.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measurePageWeight } from './page-weight.mjs';
import { graphqlAnswers, startCmsServer } from '../scripts/lib/cms-server.mjs';
import { cleanEnv, freePort, httpOk, start, stop, waitFor } from '../scripts/lib/processes.mjs';
import { SITE_ENV, siteServerArgs } from '../scripts/lib/site-process.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    places: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    'publish-duration': { type: 'string' },
    smoke: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});

/** The smoke run (CI) proves that every kind of measurement still works, in about two minutes. */
const settings = {
  db: args.db ?? (args.smoke ? 'sqlite' : 'postgres'),
  places: Number(args.places ?? (args.smoke ? 200 : 10_000)),
  duration: Number(args.duration ?? (args.smoke ? 2 : 10)),
  connections: Number(args.connections ?? (args.smoke ? 10 : 50)),
  warmup: args.smoke ? 1 : 3,
  // The cached pages and the static file, one after another, this many times: the static rate
  // alone moves by 15 % between runs, so each is compared as the median of its rounds.
  rounds: 3,
  publish: { duration: Number(args['publish-duration'] ?? (args.smoke ? 8 : 60)), interval: args.smoke ? 2 : 5 },
  smoke: args.smoke,
};
if (!['sqlite', 'postgres'].includes(settings.db)) throw new Error('--db is sqlite or postgres');
const outDir = args.smoke ? join(here, '.tmp', 'smoke') : join(here, 'results');

/** @param {string} message */
const log = (message) => console.log(`[bench] ${message}`);
const secret = () => randomBytes(24).toString('base64url');
const verbose = Boolean(process.env.BENCH_VERBOSE);

// A stopped run takes its servers with it: the process helpers kill what is left on exit.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/**
 * A meeting, a partner and an article to weigh: the seed's first ones.
 * @param {string} cmsUrl
 */
const firstSlugs = async (cmsUrl) => {
  const query = '{ meetings(pagination: { limit: 1 }, sort: "slug") { slug } partners(pagination: { limit: 1 }, sort: "slug") { slug } articles(pagination: { limit: 1 }, sort: "slug") { slug } }';
  const response = await fetch(`${cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  /** @type {{ data: Record<'meetings' | 'partners' | 'articles', { slug: string }[]> }} */
  const { data } = await response.json();
  return { meeting: data.meetings[0].slug, partner: data.partners[0].slug, article: data.articles[0].slug };
};

/**
 * Waits until the CMS answers a trivial query at once again, i.e. has no backlog left.
 * @param {string} cmsUrl
 */
const settle = async (cmsUrl) => {
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    const sent = performance.now();
    const ok = await graphqlAnswers(cmsUrl)().catch(() => false);
    if (ok && performance.now() - sent < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log('the CMS did not settle within 3 minutes');
};

/** @param {string[]} params */
const git = (...params) => execFileSync('git', params, { cwd: root, encoding: 'utf8' }).trim();

const main = async () => {
  const started = Date.now();
  log(`${settings.db}, ${settings.places} places, ${settings.duration} s per scenario at ${settings.connections} connections`);
  if (!args['no-build']) {
    log('building the site');
    execFileSync('pnpm', ['--filter', 'web', 'run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const dataset = await ensureDataset({ db: settings.db, places: settings.places, log });
  // The dataset may be older than the CMS's code, which is measured as it is now.
  log('compiling the CMS');
  await compile();

  const [cmsPort, coldCmsPort, cachedPort, uncachedPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const coldCmsUrl = `http://127.0.0.1:${coldCmsPort}`;
  const siteToken = secret();
  const reachToken = secret();
  const revalidateSecret = secret();
  /**
   * @param {string} name
   * @param {number} port
   * @param {string} cacheMb
   * @param {Record<string, string>} [tellSite] the webhook's settings, for the CMS that the caching site reads from
   */
  const startCms = (name, port, cacheMb, tellSite = {}) =>
    startCmsServer(name, {
      cwd: join(root, 'cms'),
      echo: verbose,
      env: { ...cleanEnv(), ...dataset.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: '', SITE_URL: `http://127.0.0.1:${cachedPort}`, SITE_TOKEN: siteToken, SITE_TOKEN_NAME: 'website', REACH_TOKEN: reachToken, GRAPHQL_CACHE_MB: cacheMb, ...tellSite },
    });
  /**
   * @param {string} name
   * @param {number} port
   * @param {'on' | 'off'} cache
   * @param {string} cms
   * @param {Record<string, string>} [extra] settings of this site alone, e.g. REACH_TOKEN
   */
  const site = (name, port, cache, cms, extra = {}) =>
    start(name, process.execPath, siteServerArgs(), {
      cwd: join(root, 'web'),
      echo: verbose,
      env: { ...cleanEnv(), ...SITE_ENV, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ORIGIN: `http://127.0.0.1:${port}`, CMS_URL: cms, CMS_PUBLIC_URL: '', CMS_TOKEN: siteToken, SHOW_SAMPLES: 'true', CACHE: cache, REVALIDATE_SECRET: revalidateSecret, ...extra },
    });
  const processes = [];
  try {
    // One after the other: both migrate and bootstrap the same database. Only the first tells the
    // caching site about changes: the publish scenario edits through it.
    const cms = startCms('cms', cmsPort, '32', { SITE_REVALIDATE_URL: `http://127.0.0.1:${cachedPort}/api/revalidate`, REVALIDATE_SECRET: revalidateSecret });
    processes.push(cms);
    await waitFor(cms, `the CMS at ${cmsUrl}`, graphqlAnswers(cmsUrl), 180_000);
    const coldCms = startCms('cms-cold', coldCmsPort, '0');
    processes.push(coldCms);
    await waitFor(coldCms, `the CMS without answer cache at ${coldCmsUrl}`, graphqlAnswers(coldCmsUrl), 180_000);
    const cached = site('web', cachedPort, 'on', cmsUrl);
    const uncached = site('web-uncached', uncachedPort, 'off', coldCmsUrl);
    processes.push(cached, uncached);
    const sites = { cached: `http://127.0.0.1:${cachedPort}`, uncached: `http://127.0.0.1:${uncachedPort}` };
    await waitFor(cached, 'the caching site', httpOk(`${sites.cached}/`), 60_000);
    await waitFor(uncached, 'the uncached site', httpOk(`${sites.uncached}/`), 60_000);
    log(`servers ready after ${Math.round((Date.now() - started) / 1000)} s`);
    const stopRunSampling = sampleRss([cached, uncached]);

    const probe = dataset.probe;
    const pageList = settings.smoke ? pages(probe).filter((p) => ['home', 'profile'].includes(p.name)) : pages(probe);
    for (const page of pageList) {
      const response = await fetch(`${sites.uncached}${page.path}`);
      if (response.status !== 200) throw new Error(`${page.path} answers ${response.status}; the dataset does not fit the site`);
    }

    const cachedScenarios = pageList.map((page) => ({ name: `${page.name} (cached)`, kind: 'cached', page: page.name, request: { url: `${sites.cached}${page.path}`, headers: BROWSER_HEADERS }, procs: [cached, cms] }));
    const uncachedScenarios = pageList.map((page) => ({ name: `${page.name} (uncached)`, kind: 'uncached', page: page.name, request: { url: `${sites.uncached}${page.path}`, headers: BROWSER_HEADERS }, procs: [uncached, coldCms] }));
    /** @typedef {{ name: string, kind: string, page?: string, request: import('./lib/load.mjs').Request, procs: import('../scripts/lib/processes.mjs').Child[], connections?: number }} Scenario */
    /** @type {Scenario[]} */
    const interleaved = [
      { name: 'static', kind: 'static', request: { url: `${sites.cached}${await staticAsset(sites.cached)}`, headers: BROWSER_HEADERS }, procs: [cached] },
      ...cachedScenarios.filter((s) => !settings.smoke || s.page === 'home'),
    ];
    // Uncached pages come last: requests the site gave up on after CMS_TIMEOUT_MS still run in
    // the CMS, and before each scenario the CMS is given time to finish them (settle).
    /** @type {Scenario[]} */
    const once = [
      { name: 'GraphQL: 100 places with relations', kind: 'graphql', request: graphqlList(cmsUrl), procs: [cms] },
      { name: 'GraphQL: the same, answer cache off', kind: 'graphql-cold', request: graphqlList(coldCmsUrl), procs: [coldCms] },
      { name: 'REST: the same 100 places', kind: 'rest', request: restList(coldCmsUrl), procs: [coldCms] },
      ...uncachedScenarios.filter((s) => !settings.smoke || s.page === 'profile'),
      // What one uncached render costs when the CMS is not queueing: the explanation of the above.
      ...uncachedScenarios.filter((u) => ['profile', 'directory-filter'].includes(u.page)).map((u) => ({ ...u, name: `${u.page} (uncached, 1 connection)`, kind: 'uncached-single', connections: 1 })),
    ];
    /** @param {Record<string, number>} peaks */
    const megabytes = (peaks) => Object.fromEntries(Object.entries(peaks).map(([k, v]) => [k, Math.round(v / 1048576)]));
    /** @param {Scenario} scenario */
    const runScenario = async (scenario) => {
      await settle(cmsUrl);
      await settle(coldCmsUrl);
      const stopSampling = sampleRss(scenario.procs);
      const result = await measure(scenario.request, { ...settings, connections: scenario.connections ?? settings.connections });
      const url = new URL(scenario.request.url);
      log(`${scenario.name}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, ${result.errors} errors`);
      return { name: scenario.name, kind: scenario.kind, page: scenario.page, path: url.pathname + url.search, ...result, peakRssMb: megabytes(stopSampling()) };
    };

    /** @type {import('./lib/report.mjs').ScenarioResult[][]} */
    const rounds = interleaved.map(() => []);
    for (let round = 1; round <= settings.rounds; round++) {
      log(`round ${round} of ${settings.rounds}: the static file and the cached pages`);
      for (const [i, scenario] of interleaved.entries()) rounds[i].push(await runScenario(scenario));
    }
    /** @type {import('./lib/report.mjs').ScenarioResult[]} */
    const results = rounds.map(medianRun);

    log(`publishing under load: ${settings.publish.duration} s, a publish every ${settings.publish.interval} s`);
    const urls = await siteUrls(sites.cached, probe);
    log(`${urls.paths.length} pages from sitemap.xml, ${urls.profiles.length} of them profiles; visiting each once`);
    const visiting = Date.now();
    await visitAll(sites.cached, urls.paths, { warm: true });
    log(`visited in ${Math.round((Date.now() - visiting) / 1000)} s`);
    const admin = await adminSession(cmsUrl, { email: dataset.env.ADMIN_EMAIL, password: dataset.env.ADMIN_PASSWORD });
    await settle(cmsUrl);
    const stopPublishSampling = sampleRss([cached, cms]);
    const underLoad = await publishUnderLoad({ siteUrl: sites.cached, admin, ...urls, ...settings.publish, connections: settings.connections, warmup: settings.warmup, log });
    const publishing = { ...underLoad, pages: urls.paths.length, peakRssMb: megabytes(stopPublishSampling()) };
    log(`publishing under load: ${publishing.requestsPerSecond} req/s, p50 ${publishing.latencyMs.p50} ms, p99 ${publishing.latencyMs.p99} ms, ${publishing.errors} errors, about ${publishing.cachedPages ?? '?'} of ${publishing.pages} pages cached afterwards`);

    // Counting reach: two more caching sites, the same but for REACH_TOKEN, on the cached profile.
    const [reachOnPort, reachOffPort] = [await freePort(), await freePort()];
    const reachOn = site('web-reach-on', reachOnPort, 'on', cmsUrl, { REACH_TOKEN: reachToken });
    const reachOff = site('web-reach-off', reachOffPort, 'on', cmsUrl);
    processes.push(reachOn, reachOff);
    const reachSites = { on: `http://127.0.0.1:${reachOnPort}`, off: `http://127.0.0.1:${reachOffPort}` };
    await waitFor(reachOn, 'the counting site', httpOk(`${reachSites.on}/`), 60_000);
    await waitFor(reachOff, 'the site without counting', httpOk(`${reachSites.off}/`), 60_000);
    const profilePath = `/orte/${probe.placeSlug}`;
    await settle(cmsUrl);
    const reachCost = await measureReachCost({
      on: { url: reachSites.on, pid: reachOn.process.pid ?? 0 },
      off: { url: reachSites.off, pid: reachOff.process.pid ?? 0 },
      path: profilePath,
      rounds: settings.smoke ? 1 : settings.rounds,
      settings,
      log,
    });
    // Stopping the counting site sends its last counts; the CMS then shows them on "Reichweite".
    await Promise.all([stop(reachOn), stop(reachOff)]);
    /** @type {{ data: { pages: { key: string, views: number }[] } }} */
    const reachReport = await admin('/kreativorte/reach?days=7');
    const counted = reachReport.data.pages.find((p) => p.key === profilePath)?.views ?? 0;
    const reach = { ...reachCost, counted, sent: reachCost.on.runs.reduce((sum, r) => sum + r.requests, 0) };
    log(`reach counting: ${reach.on.cpuUsPerRequest} vs. ${reach.off.cpuUsPerRequest} µs CPU per cached request (×${reach.cpuRatio}), ${reach.on.requestsPerSecond} vs. ${reach.off.requestsPerSecond} req/s; ${counted} views counted of at least ${reach.sent} sent`);

    for (const scenario of once) results.push(await runScenario(scenario));
    const ceiling = results.find((r) => r.kind === 'static')?.requestsPerSecond ?? Number.NaN;
    for (const r of results) if (['cached', 'uncached', 'uncached-single'].includes(r.kind)) r.ratioToStatic = Math.round((r.requestsPerSecond / ceiling) * 1000) / 1000;

    const slugs = await firstSlugs(cmsUrl);
    const weightPages = [
      { name: 'home', path: '/' },
      { name: 'directory', path: '/orte' },
      { name: 'profile', path: `/orte/${probe.placeSlug}` },
      { name: 'meeting', path: `/treffen/${slugs.meeting}` },
      { name: 'calendar', path: '/termine' },
      { name: 'event', path: `/termine/${probe.eventSlug}` },
      { name: 'board', path: '/gesucht' },
      { name: 'partner', path: `/partner/${slugs.partner}` },
      { name: 'article', path: `/beitraege/${slugs.article}` },
      { name: 'map', path: '/karte' },
      { name: 'proposal', path: '/mitmachen' },
      { name: 'home (en)', path: '/en' },
    ];
    log('measuring page weight');
    const pageWeight = await measurePageWeight(sites.cached, settings.smoke ? weightPages.slice(0, 1) : weightPages);

    /** @type {import('./lighthouse.mjs').LighthouseResult[]} */
    let lighthouse = [];
    if (!args['no-lighthouse']) {
      // The cold CMS may still be working off the uncached scenarios' abandoned requests, and
      // Lighthouse's blocking time counts every millisecond the browser waits for a core.
      await settle(cmsUrl);
      await settle(coldCmsUrl);
      log('running Lighthouse');
      const lighthousePages = [
        { name: 'home', url: `${sites.cached}/` },
        { name: 'directory', url: `${sites.cached}/orte` },
        { name: 'profile', url: `${sites.cached}/orte/${probe.placeSlug}` },
      ];
      lighthouse = await runLighthouse(settings.smoke ? lighthousePages.slice(0, 1) : lighthousePages);
    }
    const runPeakRssMb = megabytes(stopRunSampling());
    // Samplers run side by side every 100 ms: a scenario's may have caught a higher moment.
    for (const peaks of [...rounds.flat(), ...results, publishing].map((r) => r.peakRssMb)) {
      for (const name of Object.keys(runPeakRssMb)) runPeakRssMb[name] = Math.max(runPeakRssMb[name], peaks[name] ?? 0);
    }

    const report = {
      date: new Date().toISOString(),
      commit: git('rev-parse', 'HEAD'),
      uncommittedChanges: git('status', '--porcelain').length > 0,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1073741824), node: process.version },
      settings: { ...settings, placeCount: probe.placeCount },
      scenarios: results,
      publishing,
      reach,
      memory: { peakRssMb: runPeakRssMb, publishingPeakRssMb: publishing.peakRssMb, cachedPages: publishing.cachedPages, pages: publishing.pages },
      pageWeight,
      lighthouse,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    const markdown = markdownReport(report);
    writeFileSync(join(outDir, 'latest.md'), markdown);
    console.log(`\n${markdown}`);
    log(`done in ${report.durationSeconds} s; written to ${outDir}`);
    const broken = [...rounds.flat(), ...results, { ...publishing, name: 'publishing under load' }].filter((r) => r.requests === 0 || r.errors > 0).map((r) => r.name);
    const unseen = publishing.publishes.filter((p) => p.visibleMs === null).map((p) => p.path);
    if (unseen.length) broken.push(`publishing under load (failed, or not visible within 10 s: ${unseen.join(', ')})`);
    if (reach.counted < reach.sent || [...reach.on.runs, ...reach.off.runs].some((r) => r.errors > 0 || r.requests === 0)) broken.push('reach counting (errors, or fewer views counted than sent)');
    // A full run reports errors as measurements; the smoke run exists to catch a broken suite.
    if (broken.length && settings.smoke) throw new Error(`Scenarios with errors or no answers: ${[...new Set(broken)].join(', ')}`);
    if (broken.length) log(`scenarios with errors or no answers: ${[...new Set(broken)].join(', ')}`);
  } finally {
    await Promise.all(processes.reverse().map((child) => stop(child)));
  }
};

main().catch((failure) => {
  console.error(failure);
  process.exit(1);
});
