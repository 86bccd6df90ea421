// node --test bench/dataset/generate.test.mjs: a 20-place SQLite dataset, served by the CMS.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ensureDataset } from './generate.mjs';

const strapiApp = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms', 'scripts', 'strapi-app.mjs');
// The seed's published German places, samples included; two of them are real.
const SEED_PLACES = 23;
const PLACES = 20;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts the CMS on the dataset as `pnpm bench` does, and returns a GraphQL client for it. */
const startCms = async (env) => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(strapiApp)}); const s = await m.loadStrapi(); await s.listen();`], {
    env: { PATH: process.env.PATH, ...env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: '', SITE_URL: 'http://127.0.0.1:9' },
    stdio: 'ignore',
  });
  const graphql = async (query) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return response.json();
  };
  for (let waited = 0; ; waited += 500) {
    if (child.exitCode !== null) throw new Error(`the CMS exited with code ${child.exitCode}`);
    if (await graphql('{ __typename }').catch(() => null)) return { graphql, stop: () => child.kill() };
    if (waited > 120_000) throw new Error('the CMS did not start within two minutes');
    await sleep(500);
  }
};

test('ensureDataset makes a dataset the CMS serves, and reuses it', { timeout: 600_000 }, async () => {
  const { env, probe } = await ensureDataset({ db: 'sqlite', places: PLACES, force: true });
  assert.equal(env.DATABASE_CLIENT, 'sqlite');
  assert.equal(probe.placeCount, PLACES + 2);
  assert.deepEqual(await ensureDataset({ db: 'sqlite', places: PLACES }), { env, probe });

  const cms = await startCms(env);
  try {
    const total = async (locale, filters = '{}') =>
      (await cms.graphql(`{ places_connection(locale: "${locale}", filters: ${filters}) { pageInfo { total } } }`)).data.places_connection.pageInfo.total;
    assert.equal(await total('de'), SEED_PLACES + PLACES);
    const english = (await total('en')) - SEED_PLACES;
    assert.ok(english > 0 && english < PLACES, `${english} of ${PLACES} generated places in English`);
    assert.ok((await total('de', `{ region: { slug: { eq: "${probe.regionSlug}" } } }`)) > 0);
    assert.ok((await total('de', `{ themes: { slug: { eq: "${probe.themeSlug}" } } }`)) > 0);

    const { data } = await cms.graphql(`{ places(filters: { slug: { eq: "${probe.placeSlug}" } }, locale: "de") { isSample region { slug } themes { slug } cover { alt media { url } } } }`);
    const [place] = data.places;
    assert.equal(place.isSample, false);
    assert.ok(place.region.slug && place.themes.length && place.cover.media.url && place.cover.alt);
  } finally {
    cms.stop();
  }
});
