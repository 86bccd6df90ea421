// node --test bench/dataset/generate.test.mjs: generated datasets, served by the CMS.
//   - a 20-place SQLite dataset made through the document service alone, and its reuse;
//   - on SQLite and on PostgreSQL, 60 places of which 40 are database-level copies of 20
//     templates: each copy is served (GraphQL, document service) exactly like its template with
//     its own values, and Strapi still creates, publishes and deletes places afterwards
//     (copy-check.mjs; PostgreSQL is the server of TEST_POSTGRES_URL, as for the CMS tests).
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { partnerCountFor, placeContent, placeSlug } from './content.mjs';
import { ensureDataset } from './generate.mjs';
import { graphqlAnswers, startCmsServer } from '../../scripts/lib/cms-server.mjs';
import { freePort, stop, waitFor } from '../../scripts/lib/processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The seed's published German places, samples included; two of them are real.
const SEED_PLACES = 23;

/**
 * Starts the CMS on the dataset as `pnpm bench` does, and returns a GraphQL client for it.
 * @param {Record<string, string>} env
 */
const startCms = async (env) => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cms = startCmsServer('cms', {
    cwd: join(here, '..', '..', 'cms'),
    env: { PATH: process.env.PATH, ...env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: '', SITE_URL: 'http://127.0.0.1:9' },
  });
  await waitFor(cms, `the CMS at ${url}`, graphqlAnswers(url), 120_000);
  /**
   * @param {string} query
   * @param {Record<string, unknown>} [variables]
   */
  const graphql = async (query, variables) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return response.json();
  };
  return { graphql, stop: () => stop(cms) };
};

/**
 * Runs copy-check.mjs on the dataset and returns what it found.
 * @param {Record<string, string>} env
 * @param {number} places
 * @param {number} templates
 * @returns {Promise<import('./copy-check.mjs').CopyCheck>}
 */
const checkThroughDocuments = (env, places, templates) =>
  new Promise((resolve, reject) => {
    /** @type {import('./copy-check.mjs').CopyCheck | undefined} */
    let result;
    const child = fork(join(here, 'copy-check.mjs'), [], {
      env: { PATH: process.env.PATH, ...env, NODE_ENV: 'production', BENCH_PLACES: String(places), BENCH_TEMPLATES: String(templates) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let errors = '';
    child.stderr?.on('data', (chunk) => (errors += chunk));
    child.on('message', (/** @type {import('./copy-check.mjs').CopyCheck} */ message) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`copy-check.mjs failed with exit code ${code}:\n${errors.slice(-4000)}`))));
  });

test('ensureDataset makes a dataset the CMS serves, and reuses it', { timeout: 600_000 }, async () => {
  const PLACES = 20;
  const { env, probe } = await ensureDataset({ db: 'sqlite', places: PLACES, documentsOnly: true, force: true });
  assert.equal(env.DATABASE_CLIENT, 'sqlite');
  assert.equal(probe.placeCount, PLACES + 2);
  assert.deepEqual(await ensureDataset({ db: 'sqlite', places: PLACES }), { env, probe });

  const cms = await startCms(env);
  try {
    /** @param {string} locale */
    const total = async (locale, filters = '{}') =>
      (await cms.graphql(`{ places_connection(locale: "${locale}", filters: ${filters}) { pageInfo { total } } }`)).data.places_connection.pageInfo.total;
    assert.equal(await total('de'), SEED_PLACES + PLACES);
    const english = (await total('en')) - SEED_PLACES;
    assert.ok(english > 0 && english < PLACES, `${english} of ${PLACES} generated places in English`);
    assert.ok((await total('de', `{ region: { slug: { eq: "${probe.regionSlug}" } } }`)) > 0);
    assert.ok((await total('de', `{ themes: { slug: { eq: "${probe.themeSlug}" } } }`)) > 0);

    // 20 generated notices (noticeContent), of which the lapsed are not served.
    const generatedNotices = `{ or: [{ text: { startsWith: "Gesucht " } }, { text: { startsWith: "Angebot " } }] }`;
    const notices = (await cms.graphql(`{ notices_connection(locale: "de", filters: ${generatedNotices}) { pageInfo { total } } }`)).data.notices_connection.pageInfo.total;
    assert.ok(notices > 0 && notices <= 20, `${notices} generated notices served`);

    const { data } = await cms.graphql(`{ places(filters: { slug: { eq: "${probe.placeSlug}" } }, locale: "de") { isSample region { slug } themes { slug } cover { alt media { url } } } }`);
    const [place] = data.places;
    assert.equal(place.isSample, false);
    assert.ok(place.region.slug && place.themes.length && place.cover.media.url && place.cover.alt);
  } finally {
    await cms.stop();
  }
});

// Pages small enough for the public API's query cost limit, large enough for every item.
const PLACE = `
  documentId name slug teaser stage network isSample website locale translationStatus createdAt updatedAt publishedAt
  building location people town livingAndWorking
  region { slug } themes(pagination: { limit: 5 }) { slug } partners(pagination: { limit: 5 }) { slug }
  address { street postalCode town district state } geo { latitude longitude }
  facts { formerUse yearBuilt projectFounded floorArea residents workplaces }
  travelTimes(pagination: { limit: 5 }) { from to minutes mode }
  cover { alt credit licence media { url name mime width } } gallery(pagination: { limit: 5 }) { alt credit licence media { url name } }
  contact { name email phone } seo { metaTitle metaDescription shareImage { alt media { url } } }`;
const JSON_FIELDS = new Set(['building', 'location', 'people', 'town', 'livingAndWorking']);

/**
 * A template's GraphQL answer with the values a copy takes from its own content: scalar fields,
 * and component items by position unless they hold media; relations, media and the number of
 * items stay the template's.
 * @param {Record<string, unknown>} template
 * @param {Record<string, unknown>} data
 */
const expectedAnswer = (template, data) => {
  const place = structuredClone(template);
  for (const [name, value] of Object.entries(data)) {
    if (!(name in place)) continue;
    const current = place[name];
    const scalar = value === null || typeof value !== 'object' || JSON_FIELDS.has(name);
    if (scalar) {
      // A relation given by slug or index (region, themes, partners) is not a value of the copy.
      if (current === null || typeof current !== 'object' || JSON_FIELDS.has(name)) place[name] = value;
      continue;
    }
    const items = Array.isArray(value) ? value : [value];
    const targets = Array.isArray(current) ? current : current ? [current] : [];
    items.forEach((item, position) => {
      if (typeof item !== 'object' || !targets[position] || 'media' in item) return;
      for (const [key, v] of Object.entries(item)) if (key in targets[position]) targets[position][key] = v;
    });
  }
  return place;
};

for (const db of ['sqlite', 'postgres']) {
  test(`copied places are served exactly like their templates (${db})`, { timeout: 900_000 }, async () => {
    const PLACES = 60;
    const TEMPLATES = 20;
    const { env, probe } = await ensureDataset({ db, places: PLACES, templates: TEMPLATES, force: true });
    assert.equal(probe.placeCount, PLACES + 2);
    assert.equal(probe.searchTerm, 'molkerei');

    // Through the document service (copy-check.mjs), before the CMS serves the dataset.
    const { plan, images, problems } = await checkThroughDocuments(env, PLACES, TEMPLATES);
    assert.equal(plan.length, PLACES - TEMPLATES);
    assert.deepEqual(problems, []);

    const cms = await startCms(env);
    try {
      /**
       * @param {string} slug
       * @param {string} locale
       */
      const answer = async (slug, locale) => {
        const { data, errors } = await cms.graphql(`query ($slug: String!, $locale: I18NLocaleCode) { places(filters: { slug: { eq: $slug } }, locale: $locale, pagination: { limit: 2 }) { ${PLACE} } }`, { slug, locale });
        assert.equal(errors, undefined, JSON.stringify(errors));
        return data.places;
      };
      const partnerCount = partnerCountFor(PLACES);
      let english = 0;
      for (const [k, template] of plan.entries()) {
        const index = TEMPLATES + k;
        const content = placeContent(index, { partnerCount, images });
        const slugs = { copy: placeSlug(index), template: placeSlug(template) };
        for (const locale of ['de', 'en']) {
          const [copy, ...more] = await answer(slugs.copy, locale);
          const [original] = await answer(slugs.template, locale);
          assert.equal(more.length, 0, `${slugs.copy} is one place`);
          assert.equal(Boolean(copy), Boolean(original), `${slugs.copy} (copy of ${slugs.template}) in ${locale} exactly when its template is`);
          if (!original) continue;
          if (locale === 'en') english += 1;
          assert.notEqual(copy.documentId, original.documentId);
          assert.ok(copy.region && copy.themes.length && copy.cover.media.url, `${slugs.copy} has a region, themes and a cover`);
          const { documentId: _, ...served } = copy;
          const { documentId: __, ...expected } = expectedAnswer(original, locale === 'de' ? content.de : content.translation);
          assert.deepEqual(served, expected, `${slugs.copy} (copy of ${slugs.template}) in ${locale}`);
          // The partners list the copy among their places too, after the template (appended as Strapi appends).
          for (const partner of copy.partners) {
            const { data, errors } = await cms.graphql(`query ($slug: String!) { partners(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) { places(pagination: { limit: ${PLACES} }) { slug } } }`, { slug: partner.slug });
            assert.equal(errors, undefined, JSON.stringify(errors));
            const listed = data.partners[0].places.map((/** @type {{ slug: string }} */ { slug }) => slug);
            assert.ok(listed.indexOf(slugs.copy) > listed.indexOf(slugs.template), `${partner.slug} lists ${slugs.copy} after ${slugs.template}: ${listed}`);
          }
        }
      }
      assert.ok(english > 0, 'some copies have an English version');

      // The directory's totals count the copies.
      /** @param {string} locale */
    const total = async (locale, filters = '{}') =>
        (await cms.graphql(`{ places_connection(locale: "${locale}", filters: ${filters}) { pageInfo { total } } }`)).data.places_connection.pageInfo.total;
      assert.equal(await total('de'), SEED_PLACES + PLACES);
      assert.equal(await total('de', '{ isSample: { eq: false } }'), probe.placeCount);
      const copies = `{ slug: { in: ${JSON.stringify(plan.map((_, /** @type {number} */ k) => placeSlug(TEMPLATES + k)))} } }`;
      assert.equal(await total('de', copies), PLACES - TEMPLATES);
      assert.equal(await total('en', copies), english);
    } finally {
      await cms.stop();
    }
  });
}
