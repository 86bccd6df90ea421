#!/usr/bin/env node
// Benchmark datasets: the seed plus N generated places, on SQLite or PostgreSQL, generated once
// and kept under bench/.data/ (PostgreSQL: the database plus a dump to restore it from).
// CLI: node bench/dataset/generate.mjs --db sqlite|postgres --places N [--templates T | --documents-only] [--force]
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cmsEnv, newSecrets } from './env.mjs';
import * as pg from './postgres.mjs';

/**
 * Values for the scenarios; placeCount is the directory's unfiltered total with samples hidden.
 * @typedef {{ placeSlug: string, eventSlug: string, regionSlug: string, themeSlug: string, searchTerm: string, placeCount: number }} Probe
 */
/** @typedef {(message: string) => void} Log */
/** @typedef {{ places: number, templates: number }} Size */
/** @typedef {import('./env.mjs').DatabaseLocation} DatabaseLocation */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dataDir = join(here, '..', '.data');
// One PostgreSQL server serves every checkout on a machine (worktrees, fresh clones), so each
// checkout names its databases apart: otherwise a generation in one drops the database another
// is generating or serving, and the other's dataset.json then describes a database it did not make.
const checkout = createHash('sha256').update(dataDir).digest('hex').slice(0, 8);

/**
 * What a dataset is made from: the content model, the seed and this generator. A dataset made
 * from other versions of them is generated again rather than served stale.
 */
const fingerprint = () => {
  const hash = createHash('sha256');
  const sources = { 'cms/src/api': /\.json$/, 'cms/src/components': /\.json$/, 'cms/data/seed': /\.json$/, 'cms/src/seed': /\.ts$/, 'bench/dataset': /^(content|towns|populate|copy)\.mjs$/ };
  for (const [folder, pattern] of Object.entries(sources)) {
    const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((file) => pattern.test(file)).sort();
    for (const file of files) hash.update(`${folder}/${file}\0`).update(readFileSync(join(root, folder, file)));
  }
  return hash.digest('hex');
};

/**
 * One generation at a time on this machine: two would both compile cms/dist and load the CMS
 * from it, and a larger dataset would slow down and outlast a smaller one's timeouts. Each
 * dataset has its own files and database, so waiting is all it takes.
 * @template T
 * @param {Log} log
 * @param {() => Promise<T>} task
 */
const withLock = async (log, task) => {
  const file = join(dataDir, 'generate.lock');
  await mkdir(dataDir, { recursive: true });
  for (let waiting = false; ; ) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error;
      const owner = Number(await readFile(file, 'utf8').catch(() => ''));
      if (owner && !isAlive(owner)) {
        await rm(file, { force: true });
        continue;
      }
      if (!waiting) log(`waiting for another dataset generation (pid ${owner}) to finish`);
      waiting = true;
      await sleep(1000);
    }
  }
  try {
    return await task();
  } finally {
    await rm(file, { force: true });
  }
};

/** @param {unknown} error */
const codeOf = (error) => (error instanceof Error && 'code' in error ? error.code : undefined);

/** @param {number} pid */
const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
};

/**
 * Runs phases of populate.mjs in a process of its own, so that Strapi's environment and listeners
 * stay there. With `together` (a barrier from `startTogether`) it starts its phases only when the
 * other processes of the barrier have booted too.
 * @param {Record<string, string>} env
 * @param {Size} size
 * @param {string[]} phases
 * @param {Log} log
 * @param {{ signal?: AbortSignal, together?: (child: import('node:child_process').ChildProcess) => void }} [options]
 * @returns {Promise<Probe | undefined>}
 */
const populate = (env, { places, templates }, phases, log, { signal, together } = {}) =>
  new Promise((resolve, reject) => {
    const child = fork(join(here, 'populate.mjs'), phases, {
      env: { ...process.env, ...env, NODE_ENV: 'production', BENCH_PLACES: String(places), BENCH_TEMPLATES: String(templates), ...(together && { BENCH_START_TOGETHER: '1' }) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      signal,
    });
    // Strapi's own log is noise unless the generation fails.
    /** @type {Buffer[]} */
    const output = [];
    /** @param {Buffer} chunk */
    const keep = (chunk) => output.push(chunk) > 200 && output.shift();
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    /** @type {Probe | undefined} */
    let probe;
    child.on('message', (/** @type {import('./populate.mjs').Message} */ message) => {
      if (message.message) log(message.message);
      if (message.probe) probe = message.probe;
      if (message.booted) together?.(child);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(probe) : reject(new Error(`dataset generation (${phases.join(' ')}) failed with exit code ${code}:\n${Buffer.concat(output).toString().slice(-8000)}`)),
    );
  });

/**
 * SQLite takes one writer, so one process does everything. On PostgreSQL the template places,
 * the bulk of the work, are shared among one process per core: Strapi's JavaScript is the
 * bottleneck. The copies, the meetings (which take part of them as participants) and the events follow.
 */
/**
 * A barrier for `parties` populate processes: each is told to go once all have booted.
 * @param {number} parties
 */
const startTogether = (parties) => {
  /** @type {import('node:child_process').ChildProcess[]} */
  const booted = [];
  return (/** @type {import('node:child_process').ChildProcess} */ child) => {
    if (booted.push(child) === parties) for (const process of booted) if (process.connected) process.send({ go: true });
  };
};

/**
 * @param {Record<string, string>} env
 * @param {'sqlite' | 'postgres'} db
 * @param {Size} size
 * @param {Log} log
 */
const generateInto = async (env, db, size, log) => {
  const probe = await populateAll(env, db, size, log);
  if (!probe) throw new Error('The dataset generation reported no probe values');
  return probe;
};

/**
 * @param {Record<string, string>} env
 * @param {'sqlite' | 'postgres'} db
 * @param {Size} size
 * @param {Log} log
 */
const populateAll = async (env, db, size, log) => {
  if (db === 'sqlite') return populate(env, size, ['seed', 'places:0/1', 'copies', 'notices', 'calendar'], log);
  const shards = Math.min(4, availableParallelism());
  await populate(env, size, ['seed'], log);
  // When one shard fails, the others are stopped rather than left writing.
  const siblings = new AbortController();
  const together = startTogether(shards);
  await Promise.all(
    Array.from({ length: shards }, (_, k) => populate(env, size, [`places:${k}/${shards}`], log, { signal: siblings.signal, together })),
  ).catch((error) => {
    siblings.abort();
    throw error;
  });
  return populate(env, size, ['copies', 'notices', 'calendar'], log);
};

/**
 * What a finished generation wrote down.
 * @typedef {{ fingerprint: string, places: number, templates?: number, db: string, generationSeconds: number, probe: Probe, secrets: Record<string, string> }} Marker
 */

/**
 * @param {string} file
 * @returns {Promise<Marker | null>}
 */
const readMarker = async (file) => JSON.parse(await readFile(file, 'utf8').catch(() => 'null'));

/** Places created through the document service unless told otherwise; the rest are copies of them. */
export const DEFAULT_TEMPLATES = 1000;

/**
 * A benchmark dataset: the seed plus `places` generated places (and partners, meetings and events),
 * published, in German and about 30 % also in English. Generated on first use and reused
 * afterwards; `force` generates it again.
 *
 * The first `templates` places (default: 1,000) are created through Strapi's document service,
 * the others are copies of them made at the database level (copy.mjs, see bench/README.md);
 * `documentsOnly` creates every place through the document service, as `templates: places`
 * does. A dataset is reused only if it was made with the same number of templates.
 *
 * Returns `env`, the CMS environment for it (database, uploads folder, the secrets its users
 * and tokens were made with, SITE_TOKEN for the website among them; the caller adds HOST, PORT,
 * NODE_ENV, SITE_URL and, to have the website told about changes, SITE_REVALIDATE_URL and
 * REVALIDATE_SECRET), and `probe`, values for the scenarios: { placeSlug, regionSlug,
 * themeSlug, searchTerm, placeCount }, where placeCount is the directory's unfiltered total
 * with samples hidden (published German places that are not samples: N and the seed's two).
 * @param {{ db: string, places: number, templates?: number, documentsOnly?: boolean, force?: boolean, log?: Log }} options
 * @returns {Promise<{ env: Record<string, string>, probe: Probe }>}
 */
export const ensureDataset = async ({ db, places, templates: requested, documentsOnly = false, force = false, log = () => {} }) => {
  if (db !== 'sqlite' && db !== 'postgres') throw new Error(`db must be "sqlite" or "postgres", got "${db}"`);
  if (!Number.isInteger(places) || places < 1) throw new Error(`places must be a positive integer, got ${places}`);
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1)) throw new Error(`templates must be a positive integer, got ${requested}`);
  const templates = documentsOnly ? places : Math.min(places, requested ?? DEFAULT_TEMPLATES);
  const dir = join(dataDir, `${db}-${places}`);
  const markerFile = join(dir, 'dataset.json');
  const dumpFile = join(dir, 'database.dump');
  const publicDir = join(dir, 'public');
  const name = `kreativorte_bench_${places}_${checkout}`;
  /** @type {DatabaseLocation} */
  const database = db === 'sqlite' ? { client: 'sqlite', filename: join(dir, 'data.db') } : { client: 'postgres', url: pg.databaseUrl(name) };

  return withLock(log, async () => {
    const marker = await readMarker(markerFile);
    const sources = fingerprint();
    // Datasets from before templates existed were made through the document service alone.
    if (!force && marker?.fingerprint === sources && (marker.templates ?? marker.places) === templates) {
      // Secrets the CMS has learnt to read since the dataset was made are new each time.
      const env = cmsEnv({ secrets: { ...newSecrets(), ...marker.secrets }, database, publicDir });
      if (database.client === 'sqlite' && existsSync(database.filename)) return { env, probe: marker.probe };
      if (db === 'postgres' && (await pg.databaseExists(name))) return { env, probe: marker.probe };
      if (db === 'postgres' && existsSync(dumpFile)) {
        const started = Date.now();
        // Restored under another name and renamed when complete, so that an interrupted
        // restore never passes for the dataset.
        await pg.dropDatabase(`${name}_restoring`);
        await pg.createDatabase(`${name}_restoring`);
        await pg.restore(dumpFile, `${name}_restoring`);
        await pg.vacuum(`${name}_restoring`);
        await pg.renameDatabase(`${name}_restoring`, name);
        log(`restored ${name} from ${dumpFile} in ${seconds(started)} s`);
        return { env, probe: marker.probe };
      }
    }

    const started = Date.now();
    log(`generating the ${db} dataset with ${places} places${templates < places ? ` (${templates} through the document service, ${places - templates} copied)` : ''}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(publicDir, 'uploads'), { recursive: true });
    const secrets = newSecrets();
    /** @type {Probe} */
    let probe;
    if (db === 'sqlite') {
      probe = await generateInto(cmsEnv({ secrets, database, publicDir }), db, { places, templates }, log);
    } else {
      const building = `${name}_generating`;
      await pg.dropDatabase(building);
      await pg.createDatabase(building);
      probe = await generateInto(cmsEnv({ secrets, database: { client: 'postgres', url: pg.databaseUrl(building) }, publicDir }), db, { places, templates }, log);
      await pg.vacuum(building);
      await pg.dump(building, `${dumpFile}.partial`);
      await rename(`${dumpFile}.partial`, dumpFile);
      await pg.dropDatabase(name);
      await pg.renameDatabase(building, name);
    }
    const generationSeconds = seconds(started);
    // Written last: without it, whatever is in the folder is an interrupted generation.
    await writeFile(markerFile, `${JSON.stringify({ fingerprint: sources, places, templates, db, generationSeconds, probe, secrets }, null, 2)}\n`);
    log(`generated the ${db} dataset with ${places} places in ${generationSeconds} s`);
    return { env: cmsEnv({ secrets, database, publicDir }), probe };
  });
};

/** @param {number} since */
const seconds = (since) => Math.round((Date.now() - since) / 100) / 10;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      places: { type: 'string', default: '1000' },
      templates: { type: 'string' },
      'documents-only': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  const { probe } = await ensureDataset({
    db: values.db,
    places: Number(values.places),
    templates: values.templates === undefined ? undefined : Number(values.templates),
    documentsOnly: values['documents-only'],
    force: values.force,
    log: (message) => console.log(`[dataset] ${message}`),
  });
  console.log(`[dataset] ready in ${seconds(started)} s: ${JSON.stringify(probe)}`);
}
