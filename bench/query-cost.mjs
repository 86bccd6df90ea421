#!/usr/bin/env node
// What the most expensive queries the GraphQL limits allow cost the CMS: boots it in this process
// (NODE_ENV=production) on a benchmark dataset and sends each query of queries/costliest.mjs at its
// largest allowed size, one at a time, measuring the CPU time of this process and, on PostgreSQL,
// of the database's server processes for this database; the heap growth (the peak of the V8 heap,
// sampled every 2 ms, over its level after a full GC); the SQL statements run; the objects and
// bytes answered. Prints a Markdown table; bench/README.md keeps the figures.
// CLI: node bench/query-cost.mjs [--db sqlite|postgres] [--places 400] [--runs 5]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { compile, loadStrapi, stopStrapi } from '../cms/scripts/strapi-app.mjs';
import { ensureDataset } from './dataset/generate.mjs';
import { listeningPort } from './dataset/strapi-views.mjs';
import { COSTLIEST } from './queries/costliest.mjs';

// A full GC before each run needs --expose-gc: start again with it.
if (!globalThis.gc) {
  execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(0);
}

const { values } = parseArgs({ options: { db: { type: 'string', default: 'sqlite' }, places: { type: 'string', default: '400' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
/** @param {string} message */
const log = (message) => console.error(`[query-cost] ${message}`);

const { env } = await ensureDataset({ db: values.db, places: Number(values.places), log });
log('compiling the CMS');
await compile();
// Without the answer cache, which would serve every run after the first: a caller who varies
// each query a little gets what is measured here.
Object.assign(process.env, env, { NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', PUBLIC_URL: '', SITE_URL: 'http://127.0.0.1:3000', GRAPHQL_CACHE_MB: '0' });
const strapi = await loadStrapi();
await strapi.listen();
const port = listeningPort(strapi);
let statements = 0;
strapi.db.connection.on('query', () => statements++);

/**
 * Sends one query; the answer is parsed only after the measurement stops.
 * @param {string} query
 * @returns {Promise<{ status?: number, text: Buffer }>}
 */
const send = (query) =>
  new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

/**
 * CPU time in ms of the server processes of this database (PostgreSQL on this machine), by pid.
 * @returns {Promise<Map<number, number>>}
 */
const databaseCpu = async () => {
  if (values.db !== 'postgres') return new Map();
  /** @type {{ rows: { pid: number }[] }} */
  const { rows } = await strapi.db.connection.raw('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  /** @param {number} pid */
  const ticks = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((sum, n) => sum + Number(n), 0);
  return new Map(rows.map(({ pid }) => [pid, ticks(pid) * 10]));
};
/**
 * @param {Map<number, number>} before
 * @param {Map<number, number>} after
 */
const cpuSince = (before, after) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

/**
 * @param {unknown} value
 * @returns {number}
 */
const objectsIn = (value) => (Array.isArray(value) ? value.reduce((n, v) => n + objectsIn(v), 0) : value && typeof value === 'object' ? 1 + Object.values(value).reduce((n, v) => n + objectsIn(v), 0) : 0);
/** @param {number[]} numbers */
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** @param {string} query */
const measure = async (query) => {
  const warm = await send(query);
  const answer = JSON.parse(warm.text.toString());
  if (warm.status !== 200 || answer.errors) throw new Error(`${warm.status}: ${JSON.stringify(answer.errors)}`);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const heap = () => getHeapStatistics().used_heap_size;
    const base = heap();
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, heap())), 2);
    const before = { database: await databaseCpu(), cpu: process.cpuUsage(), at: performance.now(), statements };
    await send(query);
    const cpu = process.cpuUsage(before.cpu);
    const wallMs = performance.now() - before.at;
    const statementsRun = statements - before.statements;
    clearInterval(sampler);
    peak = Math.max(peak, heap());
    const databaseMs = cpuSince(before.database, await databaseCpu());
    samples.push({ cpuMs: (cpu.user + cpu.system) / 1000, databaseMs, wallMs, heapMb: (peak - base) / 2 ** 20, statements: statementsRun });
  }
  return {
    cpuMs: median(samples.map((s) => s.cpuMs)),
    maxCpuMs: Math.max(...samples.map((s) => s.cpuMs)),
    databaseMs: median(samples.map((s) => s.databaseMs)),
    wallMs: median(samples.map((s) => s.wallMs)),
    heapMb: median(samples.map((s) => s.heapMb)),
    statements: median(samples.map((s) => s.statements)),
    objects: objectsIn(answer.data),
    kb: warm.text.length / 1024,
  };
};

const reference = readFileSync(fileURLToPath(new URL('queries/places-100.graphql', import.meta.url)), 'utf8');
const shapes = [
  { name: 'baseline', what: '`{ __typename }`', query: () => '{ __typename }', cost: () => 0, allowed: 0 },
  { name: 'reference', what: 'the bench\'s 100 places for a directory (queries/places-100.graphql)', query: () => reference, cost: () => 1000, allowed: 100 },
  ...COSTLIEST,
];
/** @param {number} n */
const round = (n, digits = 0) => n.toFixed(digits);
// Printed once the CMS has stopped, after its log.
const table = [
  `${values.db}, ${values.places} generated places, median of ${runs} runs after a warm-up, Node ${process.version}`,
  '',
  '| query | n | cost | objects answered | KB | SQL statements | CMS CPU ms (median / max) | database CPU ms | wall ms | heap growth MB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
try {
  for (const shape of shapes) {
    const m = await measure(shape.query(shape.allowed));
    table.push(
      `| ${shape.name}: ${shape.what} | ${shape.allowed} | ${shape.cost(shape.allowed)} | ${m.objects} | ${round(m.kb)} | ${m.statements} | ${round(m.cpuMs)} / ${round(m.maxCpuMs)} | ${values.db === 'postgres' ? round(m.databaseMs) : 'in CMS'} | ${round(m.wallMs)} | ${round(m.heapMb, 1)} |`,
    );
  }
} finally {
  await stopStrapi(strapi);
}
console.log(`\n${table.join('\n')}`);
