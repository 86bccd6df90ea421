#!/usr/bin/env node
// Query plans of the directory on PostgreSQL: boots the CMS on a benchmark dataset, sends the
// website's Directory operation over GraphQL, records the SQL Strapi runs for it, and prints
// EXPLAIN ANALYZE of each statement on `places`, with the indexes and statistics of
// cms/src/database/indexes.ts dropped (inside a transaction that is rolled back) and with them.
// CLI: node bench/dataset/explain.mjs [--places 10000]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, print, visit } from 'graphql';
import { compiledModule, loadStrapi, require as cmsRequire, stopStrapi } from '../../cms/scripts/strapi-app.mjs';
import { ensureDataset } from './generate.mjs';
import { listeningPort } from './strapi-views.mjs';

const operations = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'src', 'lib', 'server', 'cms', 'operations');

/** The Directory operation with the fragments it spreads, as the website's codegen would send it. */
const directoryDocument = () => {
  const definitions = ['directory.graphql', 'fragments.graphql'].flatMap((file) => parse(readFileSync(join(operations, file), 'utf8')).definitions);
  const fragments = new Map(definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
  /** @type {Set<string>} */
  const used = new Set();
  /** @param {import('graphql').ASTNode | undefined} node */
  const collect = (node) =>
    node &&
    visit(node, {
      FragmentSpread: ({ name }) => {
        if (!used.has(name.value)) used.add(name.value) && collect(fragments.get(name.value));
      },
    });
  const operation = definitions.find((d) => d.kind === 'OperationDefinition' && d.name?.value === 'Directory');
  if (!operation) throw new Error('No Directory operation in directory.graphql');
  collect(operation);
  return [operation, ...[...used].flatMap((name) => fragments.get(name) ?? [])].map((node) => print(node)).join('\n\n');
};

// The filters of web/src/lib/server/cms/places.ts (directoryFilters) with the site's default
// SHOW_SAMPLES=true, which adds no isSample condition.
/** @param {import('./generate.mjs').Probe} probe */
const scenarios = (probe) => ({
  'all places': [],
  [`region "${probe.regionSlug}"`]: [{ region: { or: [{ slug: { eq: probe.regionSlug } }, { parent: { slug: { eq: probe.regionSlug } } }] } }],
  [`theme "${probe.themeSlug}"`]: [{ themes: { slug: { eq: probe.themeSlug } } }],
  [`search "${probe.searchTerm}"`]: [
    { or: [{ name: { containsi: probe.searchTerm } }, { teaser: { containsi: probe.searchTerm } }, { address: { town: { containsi: probe.searchTerm } } }] },
  ],
});

const { values } = parseArgs({ options: { places: { type: 'string', default: '10000' } } });
const { env, probe } = await ensureDataset({ db: 'postgres', places: Number(values.places), log: (m) => console.error(`[dataset] ${m}`) });
Object.assign(process.env, env, { NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0' });
const strapi = await loadStrapi();
await strapi.listen();
const { INDEXES, SEARCH_STATISTICS } = compiledModule('database/indexes');
/** @type {import('./pg.mjs').Pg} pg is the CMS's dependency, which comes without types. */
const { Client } = cmsRequire('pg');
const client = new Client({ connectionString: env.DATABASE_URL });
await client.connect();

/** @typedef {{ sql: string, bindings: unknown[] }} Statement */
/** @type {Statement[]} */
const recorded = [];
strapi.db.connection.on('query', (/** @type {Statement} */ { sql, bindings }) => recorded.push({ sql, bindings }));
const url = `http://127.0.0.1:${listeningPort(strapi)}/graphql`;
const query = directoryDocument();

/** @param {string} plan */
const executionTime = (plan) => Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]);

/**
 * The run of median time among five, after one that warms the caches: this machine is noisy.
 * @param {Statement} statement
 */
const explain = async ({ sql, bindings }) => {
  /** @type {string[]} */
  const plans = [];
  for (let run = 0; run < 6; run += 1) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, bindings);
    plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
  }
  return plans.slice(1).sort((a, b) => executionTime(a) - executionTime(b))[2];
};

try {
  for (const [name, and] of Object.entries(scenarios(probe))) {
    recorded.length = 0;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { filters: { and }, sort: ['name:asc', 'slug:asc'], page: 1, pageSize: 12, locale: 'de' } }),
    });
    const { data, errors } = await response.json();
    if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
    console.log(`\n### ${name}: ${data.places_connection.pageInfo.total} places, ${recorded.length} statements\n`);
    // The page and its total; the other statements load each node's relations by id.
    for (const statement of recorded.filter((s) => /from "places" as "t0" .*"t0"\."locale" = /.test(s.sql))) {
      console.log(`SQL: ${statement.sql}\nbindings: ${JSON.stringify(statement.bindings)}\n`);
      await client.query('BEGIN');
      for (const { name: index } of INDEXES) await client.query(`DROP INDEX IF EXISTS "${index}"`);
      for (const { name: statistics } of SEARCH_STATISTICS) await client.query(`DROP STATISTICS IF EXISTS "${statistics}"`);
      const without = await explain(statement);
      await client.query('ROLLBACK');
      const withIndexes = await explain(statement);
      console.log(`Without the indexes (${executionTime(without)} ms):\n${without}\n\nWith the indexes (${executionTime(withIndexes)} ms):\n${withIndexes}\n`);
    }
  }
} finally {
  await client.end();
  await stopStrapi(strapi);
}
