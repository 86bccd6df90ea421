#!/usr/bin/env node
// Where the caching site's memory goes: starts the CMS on the bench's dataset and then, one after
// the other, one caching site per variant (its Node.js flags and environment), and takes each
// through the phases of `pnpm bench` that fill it: 1,000 pages visited once, the same pages under
// load (optionally while places are published), then the map page and the map feed. The site's
// process.memoryUsage() is sampled every 50 ms from inside (lib/memory-probe.mjs), its RSS every
// 100 ms from outside; after each phase it collects garbage and reports its live heap.
//
//   node bench/memory.mjs --db sqlite --places 10000 \
//     --variant 'today' --variant 'capped|--max-old-space-size=128|CACHE_MAX_MB=16'
//
// A variant is `label|node flags (space-separated)|KEY=VALUE KEY=VALUE`. See bench/README.md.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { compile } from '../cms/scripts/strapi-app.mjs';
import { ensureDataset } from './dataset/generate.mjs';
import { adminSession } from './lib/cms-admin.mjs';
import { measure } from './lib/load.mjs';
import { publishUnderLoad, visitAll } from './lib/publish-under-load.mjs';
import { sampleRss } from './lib/rss.mjs';
import { BROWSER_HEADERS } from './lib/scenarios.mjs';
import { siteUrls } from './lib/site-urls.mjs';
import { graphqlAnswers, startCmsServer } from '../scripts/lib/cms-server.mjs';
import { cleanEnv, freePort, httpOk, start, stop, waitFor } from '../scripts/lib/processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    places: { type: 'string', default: '10000' },
    variant: { type: 'string', multiple: true, default: ['today'] },
    load: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    publish: { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: false },
  },
});
const log = (/** @type {string} */ message) => console.log(`[memory] ${message}`);
const secret = () => randomBytes(24).toString('base64url');
const MB = 1048576;
const mb = (/** @type {number} */ bytes) => Math.round(bytes / MB);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const variants = args.variant.map((spec) => {
  const [label, flags = '', env = ''] = spec.split('|');
  return { label, flags: flags.split(' ').filter(Boolean), env: Object.fromEntries(env.split(' ').filter(Boolean).map((pair) => pair.split('='))) };
});

const dataset = await ensureDataset({ db: args.db, places: Number(args.places), log });
await compile();
const outDir = join(here, '.tmp', 'memory');
mkdirSync(outDir, { recursive: true });
const [cmsPort, sitePort] = [await freePort(), await freePort()];
const cmsUrl = `http://127.0.0.1:${cmsPort}`;
const siteUrl = `http://127.0.0.1:${sitePort}`;
const siteToken = secret();
const revalidateSecret = secret();
const cms = startCmsServer('cms', {
  cwd: join(root, 'cms'),
  env: { ...cleanEnv(), ...dataset.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(cmsPort), PUBLIC_URL: '', SITE_URL: siteUrl, SITE_TOKEN: siteToken, SITE_TOKEN_NAME: 'website', GRAPHQL_CACHE_MB: '32', SITE_REVALIDATE_URL: `${siteUrl}/api/revalidate`, REVALIDATE_SECRET: revalidateSecret },
});
const results = [];
try {
  await waitFor(cms, `the CMS at ${cmsUrl}`, graphqlAnswers(cmsUrl), 180_000);
  for (const variant of variants) {
    const probeFile = join(outDir, `${variant.label}.jsonl`);
    const site = start(variant.label, process.execPath, ['--expose-gc', '--import', join(here, 'lib', 'memory-probe.mjs'), ...variant.flags, 'server.js'], {
      cwd: join(root, 'web'),
      env: { ...cleanEnv(), NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(sitePort), ORIGIN: siteUrl, CMS_URL: cmsUrl, CMS_PUBLIC_URL: '', CMS_TOKEN: siteToken, SHOW_SAMPLES: 'true', CACHE: 'on', REVALIDATE_SECRET: revalidateSecret, MEMORY_PROBE_FILE: probeFile, ...variant.env },
    });
    try {
      await waitFor(site, 'the site', httpOk(`${siteUrl}/`), 60_000);
      const rss = sampleRss([site]);
      /** @type {{ name: string, from: number, to: number, seconds: number, live?: Record<string, number> }[]} */
      const phases = [];
      const phase = async (/** @type {string} */ name, /** @type {() => Promise<unknown>} */ run) => {
        const from = Date.now();
        await run();
        const to = Date.now();
        process.kill(site.process.pid ?? 0, 'SIGHUP');
        await sleep(1500);
        phases.push({ name, from, to, seconds: Math.round((to - from) / 100) / 10 });
        log(`${variant.label}: ${name} in ${phases.at(-1)?.seconds} s`);
      };
      await phase('started', async () => {});
      const urls = await siteUrls(siteUrl, dataset.probe);
      await phase(`${urls.paths.length} pages visited`, () => visitAll(siteUrl, urls.paths, { warm: true }));
      const settings = { duration: Number(args.load), connections: Number(args.connections), warmup: 0 };
      if (args.publish) {
        const admin = await adminSession(cmsUrl, { email: dataset.env.ADMIN_EMAIL, password: dataset.env.ADMIN_PASSWORD });
        await phase(`under load, publishing every 5 s`, () => publishUnderLoad({ siteUrl, admin, ...urls, duration: settings.duration, interval: 5, connections: settings.connections, warmup: 0, log }));
      } else {
        await phase(`under load (${settings.connections} connections)`, () => measure({ url: siteUrl, headers: BROWSER_HEADERS, paths: urls.paths }, settings));
      }
      const map = ['/karte', '/en/karte', '/karte', '/karte?x=1', '/orte.geojson', '/en/orte.geojson', '/orte.geojson'];
      await phase(`map: ${map.join(' ')}`, async () => {
        for (const path of map) {
          const response = await fetch(`${siteUrl}${path}`, { headers: BROWSER_HEADERS });
          const body = await response.arrayBuffer();
          log(`${path}: ${response.status} ${response.headers.get('x-cache') ?? ''} ${Math.round(body.byteLength / 1024)} KB`);
        }
      });
      // What a publish that marks every page stale may ask at once: the maps and their feeds together.
      const together = ['/karte?n=1', '/en/karte?n=1', '/orte.geojson?n=1', '/en/orte.geojson?n=1'];
      await phase(`map, 4 at once: ${together.join(' ')}`, async () => {
        const statuses = await Promise.all(together.map(async (path) => {
          const response = await fetch(`${siteUrl}${path}`, { headers: BROWSER_HEADERS }).catch((failure) => ({ status: String(failure), arrayBuffer: async () => null }));
          await response.arrayBuffer();
          return response.status;
        }));
        log(`together: ${statuses.join(' ')}`);
      });
      if (args.snapshot) {
        process.kill(site.process.pid ?? 0, 'SIGUSR2');
        await sleep(15_000);
      }
      const peakRss = rss();
      const samples = readFileSync(probeFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      const table = phases.map((p, i) => {
        const during = samples.filter((s) => !s.mark && s.t >= (phases[i - 1]?.to ?? 0) && s.t <= p.to + 1000);
        const live = samples.filter((s) => s.mark === 'gc' && s.t > p.to).at(0);
        const peak = (/** @type {string} */ key) => mb(Math.max(...during.map((s) => s[key])));
        return { phase: p.name, seconds: p.seconds, peak: { rss: peak('rss'), heapUsed: peak('heapUsed'), heapTotal: peak('heapTotal'), external: peak('external'), arrayBuffers: peak('arrayBuffers') }, afterGc: live && { rss: mb(live.rss), heapUsed: mb(live.heapUsed), heapTotal: mb(live.heapTotal), external: mb(live.external), arrayBuffers: mb(live.arrayBuffers) } };
      });
      const result = { variant, peakRssMb: mb(peakRss[variant.label]), phases: table };
      results.push(result);
      console.log(`\n${variant.label} (${variant.flags.join(' ')} ${Object.entries(variant.env).map(([k, v]) => `${k}=${v}`).join(' ')}): peak RSS ${result.peakRssMb} MB`);
      console.log('| phase | s | peak rss | heapUsed | heapTotal | external | arrayBuffers | after GC: rss / heapUsed / heapTotal / external |');
      console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const row of table) console.log(`| ${row.phase} | ${row.seconds} | ${row.peak.rss} | ${row.peak.heapUsed} | ${row.peak.heapTotal} | ${row.peak.external} | ${row.peak.arrayBuffers} | ${row.afterGc ? `${row.afterGc.rss} / ${row.afterGc.heapUsed} / ${row.afterGc.heapTotal} / ${row.afterGc.external}` : '?'} |`);
    } catch (failure) {
      log(`${variant.label} failed: ${failure}; the site's last words: ${site.output().slice(-600)}`);
      results.push({ variant, failed: String(failure) });
    } finally {
      await stop(site);
    }
  }
} finally {
  await stop(cms);
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
}
