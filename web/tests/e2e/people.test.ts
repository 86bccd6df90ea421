// The people behind the places (issue 18) on every public surface of the built site and the CMS:
// their pages are axe-clean, a person without consent is never shown, and a withdrawn one is gone
// from pages, feeds, sitemap, GraphQL, REST and every cache within 2 s, portrait file included.
// On the shared stack: each person made here has a unique slug and is deleted afterwards.
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, offSiteRequests, openPage, seriousA11yViolations, settle, type AxeViolation } from './support/browser';
import { PLACE, adminApi } from './support/cms-admin';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
const adminToken = inject('adminToken');
const siteToken = inject('secrets').siteToken;
const admin = adminApi();

const PERSON = 'api::person.person';
const PLACE_SLUG = 'buergermeisterhof';
/** Today in Berlin, as the admin's date fields take it. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const stamp = Date.now().toString(36);

/** The consent record: private, so its words must never show anywhere public. */
const CONSENT = {
  consentGivenOn: today,
  consentScope: `Einwilligungsumfang ${stamp}: Name, Porträt, Zitat und Geschichte auf der Website`,
  consentRecordedBy: `Protokollantin Quastmann ${stamp}`,
};
const PRIVATE_TEXTS = [CONSENT.consentScope, CONSENT.consentRecordedBy];

/** An admin API call whose refusal is the point: its status and body, never asserted here. */
const adminCall = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${cmsUrl}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, ...init.headers },
  });
  return { status: response.status, body: await response.json().catch(() => null) };
};

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { redirect: 'manual', headers, signal: AbortSignal.timeout(15_000) });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${cmsUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(15_000) });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

/** The Place type's fields that lead to people: relation resolvers read the database directly, so each is asked too. */
const placeFieldsToPeople = async () => {
  type Type = { kind: string; name: string | null; ofType: Type | null };
  const { body } = await graphql('{ __type(name: "Place") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }', {});
  const fields: { name: string; type: Type }[] = JSON.parse(body).data.__type.fields;
  const named = (type: Type | null): string | null => (type ? (type.name ?? named(type.ofType)) : null);
  const leading = fields.filter((field) => named(field.type) === 'Person' || named(field.type) === 'PersonRelationResponseCollection');
  return leading.map((field) => (named(field.type) === 'Person' ? `${field.name} { slug name }` : `${field.name} { nodes { slug name } }`));
};

type Person = { slug: string; name: string; documentId?: string; files: string[] };

/** Every public surface a person may be on, by name: what it answered. */
type Surface = { status: number; cache: string | null; etag: string | null; body: string };

const sitePaths = (slug: string) => ({
  list: '/menschen',
  listEn: '/en/menschen',
  page: `/menschen/${slug}`,
  pageEn: `/en/menschen/${slug}`,
  profile: `/orte/${PLACE_SLUG}`,
  profileEn: `/en/orte/${PLACE_SLUG}`,
  feed: '/feed.xml',
  feedEn: '/en/feed.xml',
  sitemap: '/sitemap.xml',
});

const PEOPLE_QUERY = `query ($slug: String!, $id: ID!, $locale: I18NLocaleCode) {
  people(filters: { slug: { eq: $slug } }, locale: $locale) { documentId slug name }
  person(documentId: $id, locale: $locale) { documentId slug name }
  people_connection(filters: { slug: { eq: $slug } }, locale: $locale) { pageInfo { total } }
}`;

const readAll = async (reads: Record<string, () => Promise<Surface>>) =>
  Object.fromEntries(await Promise.all(Object.entries(reads).map(async ([name, read]) => [name, await read()] as const)));

/** What the site's pages and feeds answer now about `person`, read in parallel (a poll round must be quick). */
const siteSurfaces = (person: Person) =>
  readAll(
    Object.fromEntries(
      Object.entries(sitePaths(person.slug)).map(([name, path]) => [
        name,
        async () => {
          const answer = await get(`${siteUrl}${path}`);
          // One page's ETag, whichever encoding it came in.
          const etag = answer.headers.get('etag')?.replace(/-(br|gzip)"$/, '"') ?? null;
          return { status: answer.status, cache: answer.headers.get('x-cache'), etag, body: answer.body };
        },
      ]),
    ),
  );

/**
 * What the CMS answers now about `person`: GraphQL (anonymous and with the site's token), REST, the
 * portrait's files. Read once per check, not polled: the public API allows 120 requests a minute.
 */
const cmsSurfaces = (person: Person, placeFields: string[]) => {
  const id = person.documentId ?? 'kein-dokument';
  const placeQuery = `query { places(filters: { slug: { eq: "${PLACE_SLUG}" } }) { slug ${placeFields.join(' ')} } }`;
  return readAll({
    ...Object.fromEntries(
      (['de', 'en'] as const).flatMap((locale) =>
        [undefined, siteToken].map((token) => [
          `graphql ${locale}${token ? ' (site token)' : ''}`,
          async () => {
            const answer = await graphql(PEOPLE_QUERY, { slug: person.slug, id, locale }, token);
            return { status: answer.status, cache: answer.headers.get('x-cms-cache'), etag: null, body: answer.body };
          },
        ]),
      ),
    ),
    'graphql place': async () => {
      const answer = await graphql(placeQuery, {});
      return { status: answer.status, cache: answer.headers.get('x-cms-cache'), etag: null, body: answer.body };
    },
    ...Object.fromEntries(
      [`/api/people?filters[slug][$eq]=${person.slug}&locale=de`, `/api/people?filters[slug][$eq]=${person.slug}&locale=en`, `/api/people/${id}`].map((path) => [
        `rest ${path}`,
        async () => {
          const answer = await get(`${cmsUrl}${path}`);
          return { status: answer.status, cache: null, etag: null, body: answer.body };
        },
      ]),
    ),
    ...Object.fromEntries(
      person.files.map((file) => [
        `portrait ${file}`,
        async () => {
          const response = await fetch(`${cmsUrl}${file}`, { signal: AbortSignal.timeout(15_000) });
          await response.arrayBuffer();
          return { status: response.status, cache: null, etag: null, body: '' };
        },
      ]),
    ),
  });
};

/** The feed's items, read by a real Atom parser. */
const feedItems = (body: string) => {
  const feed = parseFeed(body);
  expect(feed.meta.type).toBe('atom');
  return feed.items;
};

/**
 * The surfaces that still show `person`, or where the site's cache answered a copy it held while
 * the person was shown (by its ETag in `shownCopies`); empty when the person is gone from all.
 */
const stillShowing = (person: Person, answers: Record<string, Surface>, shownCopies: Set<string> = new Set()) =>
  Object.entries(answers).flatMap(([name, { status, cache, etag, body }]) => {
    const found: string[] = [];
    if (cache && etag && shownCopies.has(etag)) found.push(`${name}: the copy cached before (${cache})`);
    if (name.startsWith('portrait')) return status === 404 ? found : [...found, `${name}: ${status}`];
    const gone = name === 'page' || name === 'pageEn' || name === `rest /api/people/${person.documentId ?? 'kein-dokument'}`;
    if (status !== (gone ? 404 : 200)) found.push(`${name}: ${status}`);
    // A 404 page may repeat the path it was asked for (the language switch), never the person.
    if ((!gone && body.includes(person.slug)) || body.includes(person.name)) found.push(`${name}: names ${person.name}`);
    if (name.startsWith('feed') && status === 200 && feedItems(body).some((item) => item.url?.includes(`/menschen/${person.slug}`))) found.push(`${name}: an entry`);
    if (name.startsWith('graphql ') && name !== 'graphql place' && !/"total":0\b/.test(body)) found.push(`${name}: counted`);
    return found;
  });

/** The Person JSON-LD objects of a page, parsed. */
const personLinkedData = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)]
    .flatMap(([, json]) => {
      const parsed = JSON.parse(json);
      return [parsed, ...(parsed['@graph'] ?? [])].flat();
    })
    .filter((node) => node?.['@type'] === 'Person');

const placeId = async () => {
  const { results } = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=${PLACE_SLUG}`);
  return results[0].documentId as string;
};

/** A small real portrait, uploaded through the admin's media library; its URL and its formats' URLs. */
const uploadPortrait = async () => {
  const png = await sharp({ create: { width: 320, height: 400, channels: 3, background: '#7d5a3a' } }).png().toBuffer();
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), `portrait-${stamp}.png`);
  form.append('fileInfo', JSON.stringify({ name: `portrait-${stamp}.png`, alternativeText: 'Porträt' }));
  const response = await fetch(`${cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: form });
  expect(response.status, 'POST /upload').toBe(201);
  const [file]: { id: number; url: string; formats: Record<string, { url: string }> | null }[] = await response.json();
  return { id: file.id, urls: [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)] };
};

const story = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Creates a non-sample German draft of a person at the place. */
const createPerson = async (slug: string, name: string, extra: Record<string, unknown> = {}) => {
  const data = {
    name,
    slug,
    role: 'Schmiedin',
    quote: 'Hier hat das Feuer Platz.',
    story: story(`${name} arbeitet am Bürgermeisterhof.`),
    isSample: false,
    places: { connect: [{ documentId: await placeId() }] },
    ...extra,
  };
  const { data: created } = await admin(`/content-manager/collection-types/${PERSON}?locale=de`, { method: 'POST', body: JSON.stringify(data) });
  return created.documentId as string;
};

const created: string[] = [];
const uploaded: number[] = [];
/** Every body a public surface answered about the test's people, to look for the consent record in. */
const seen: string[] = [];

afterAll(async () => {
  // Each locale is its own entry in the admin; deleting one that never existed answers 404.
  for (const documentId of created) for (const locale of ['en', 'de']) await adminCall(`/content-manager/collection-types/${PERSON}/${documentId}?locale=${locale}`, { method: 'DELETE' });
  for (const id of uploaded) await adminCall(`/upload/files/${id}`, { method: 'DELETE' });
});

describe('the people pages', () => {
  let browser: Browser;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const MARTA = 'beispiel-marta-kruse';
  it.each([
    { path: '/menschen', link: `/menschen/${MARTA}` },
    { path: '/en/menschen', link: `/en/menschen/${MARTA}` },
    { path: `/menschen/${MARTA}`, h1: 'Marta Kruse' },
    { path: `/en/menschen/${MARTA}`, h1: 'Marta Kruse' },
    { path: '/orte/alte-molkerei-kalbe', link: `/menschen/${MARTA}`, within: '#menschen' },
  ])('$path shows its people and has no serious axe violations at 1280 and 390 px', async ({ path, link, h1, within }) => {
    const opened = await openPage(browser, `${siteUrl}${path}`);
    try {
      const { page } = opened;
      expect(opened.response?.status(), path).toBe(200);
      await settle(page);
      if (link) expect(await page.locator(`${within ?? 'main'} a[href="${link}"]`).count(), `a link to ${link}`).toBeGreaterThan(0);
      if (h1) expect((await page.locator('h1').innerText()).trim()).toBe(h1);
      // Invented sample people get no structured data.
      if (h1) expect(personLinkedData(await page.content())).toEqual([]);
      const found: Record<number, AxeViolation[]> = {};
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        found[width] = await seriousA11yViolations(page);
      }
      expect(found[1280], `at 1280 px:\n${formatViolations(found[1280])}`).toEqual([]);
      expect(found[390], `at 390 px:\n${formatViolations(found[390])}`).toEqual([]);
      expect(opened.errors).toEqual([]);
      requests.push(...opened.requests);
    } finally {
      await opened.close();
    }
  });

  it('requested nothing from another origin', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(offSiteRequests(requests)).toEqual([]);
  });
});

describe('a person without consent', () => {
  const person: Person = { slug: `ohne-einwilligung-${stamp}`, name: `Ungefragte Testperson ${stamp}`, files: [] };
  let placeFields: string[] = [];

  it('cannot be published: the admin answers 400 naming the consent fields', async () => {
    person.documentId = await createPerson(person.slug, person.name);
    created.push(person.documentId);
    const refused = await adminCall(`/content-manager/collection-types/${PERSON}/${person.documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    expect(refused.status).toBe(400);
    const paths: string[] = refused.body.error.details.errors.map(({ path }: { path: string[] }) => path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['consentGivenOn', 'consentScope', 'consentRecordedBy']));
    expect(refused.body.error.details.errors.find(({ path }: { path: string[] }) => path[0] === 'consentGivenOn').message).toMatch(/Einwilligung/);
  });

  it('is on no public surface: pages (404), profile, feeds, sitemap, GraphQL (also drafts), REST', async () => {
    placeFields = await placeFieldsToPeople();
    const answers = { ...(await siteSurfaces(person)), ...(await cmsSurfaces(person, placeFields)) };
    expect(stillShowing(person, answers)).toEqual([]);
    seen.push(...Object.values(answers).map((answer) => answer.body));
    // The surfaces answer about people at all: the seed's sample people are listed.
    expect(answers.list.body).toContain('href="/menschen/beispiel-marta-kruse"');
    // Drafts are not public, whatever a caller asks for.
    const drafts = await graphql('query ($slug: String!) { people(filters: { slug: { eq: $slug } }, status: DRAFT) { slug name } }', { slug: person.slug });
    expect(drafts.body).not.toContain(person.slug);
    const restDrafts = await get(`${cmsUrl}/api/people?status=draft&filters[slug][$eq]=${person.slug}`);
    expect(restDrafts.body).not.toContain(person.slug);
  });
});

describe('a person whose consent is withdrawn', () => {
  const person: Person = { slug: `widerruf-${stamp}`, name: `Widerrufende Testperson ${stamp}`, files: [] };
  let placeFields: string[] = [];
  /** The ETags of the site's cached copies that showed the person. */
  const shownCopies = new Set<string>();

  it('is first on every surface, its caches included: lists, its pages with Person JSON-LD linked to the place, the profile, feeds, sitemap, GraphQL, REST, the portrait', async () => {
    placeFields = await placeFieldsToPeople();
    const portrait = await uploadPortrait();
    uploaded.push(portrait.id);
    person.files = portrait.urls;
    const image = { media: portrait.id, alt: `Porträt von ${person.name}`, credit: 'Foto: Redaktion', licence: 'CC BY 4.0' };
    person.documentId = await createPerson(person.slug, person.name, { ...CONSENT, portrait: image });
    created.push(person.documentId);
    const id = person.documentId;
    await admin(`/content-manager/collection-types/${PERSON}/${id}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
    // The admin panel sends the fields that are not localized with a new locale, or the slug stays empty.
    const english = { name: person.name, slug: person.slug, role: 'Blacksmith', quote: 'Here the fire has room.', story: story(`${person.name} works at the Bürgermeisterhof.`), portrait: image, places: { connect: [{ documentId: await placeId() }] } };
    await admin(`/content-manager/collection-types/${PERSON}/${id}?locale=en`, { method: 'PUT', body: JSON.stringify(english) });
    await admin(`/content-manager/collection-types/${PERSON}/${id}/actions/publish?locale=en`, { method: 'POST', body: '{}' });

    const paths = sitePaths(person.slug);
    const linkOn = (body: string, href: string) => body.includes(`href="${href}"`);
    /** The site's surfaces that do not show the person yet, or not from the cache. */
    const missingOnSite = (answers: Record<string, Surface>) => {
      const shown: Record<string, boolean> = {
        list: linkOn(answers.list.body, paths.page),
        listEn: linkOn(answers.listEn.body, paths.pageEn),
        page: answers.page.status === 200 && answers.page.body.includes(person.name),
        pageEn: answers.pageEn.status === 200 && answers.pageEn.body.includes(person.name),
        profile: linkOn(answers.profile.body, paths.page),
        profileEn: linkOn(answers.profileEn.body, paths.pageEn),
        feed: feedItems(answers.feed.body).some((item) => item.url === `${siteUrl}${paths.page}`),
        feedEn: feedItems(answers.feedEn.body).some((item) => item.url === `${siteUrl}${paths.pageEn}`),
        sitemap: answers.sitemap.body.includes(`<loc>${siteUrl}${paths.page}</loc>`) && answers.sitemap.body.includes(`<loc>${siteUrl}${paths.pageEn}</loc>`),
      };
      // Held by the site's cache, so that the withdrawal has something to purge.
      return Object.entries(shown).flatMap(([name, ok]) => [...(ok ? [] : [name]), ...(answers[name].cache === 'HIT' ? [] : [`${name}: x-cache ${answers[name].cache}`])]);
    };
    // A publish renews listings in the background: poll until every page shows the person from the cache.
    let answers: Record<string, Surface> = {};
    await expect
      .poll(
        async () => {
          answers = await siteSurfaces(person);
          return missingOnSite(answers);
        },
        { timeout: 30_000, interval: 250 },
      )
      .toEqual([]);
    for (const { etag } of Object.values(answers)) if (etag) shownCopies.add(etag);

    const cms = await cmsSurfaces(person, placeFields);
    for (const locale of ['de', 'en']) {
      for (const name of [`graphql ${locale}`, `graphql ${locale} (site token)`]) {
        const { data } = JSON.parse(cms[name].body);
        expect([data?.people?.[0]?.slug, data?.person?.slug, data?.people_connection?.pageInfo?.total], name).toEqual([person.slug, person.slug, 1]);
      }
      expect(cms[`rest /api/people?filters[slug][$eq]=${person.slug}&locale=${locale}`].body).toContain(person.slug);
    }
    expect(cms[`rest /api/people/${id}`].status).toBe(200);
    for (const file of person.files) expect(cms[`portrait ${file}`].status, file).toBe(200);
    seen.push(...[...Object.values(answers), ...Object.values(cms)].map((answer) => answer.body));

    const linked = personLinkedData(answers.page.body);
    expect(linked, 'one Person in the JSON-LD').toHaveLength(1);
    expect(linked[0].name).toBe(person.name);
    expect(JSON.stringify(linked[0]), 'the Person is linked to its place').toContain(`${siteUrl}/orte/${PLACE_SLUG}`);
    expect(personLinkedData(answers.pageEn.body)).toHaveLength(1);

    // The profile shows the person in its "Die Menschen" section.
    const browser = await launchBrowser();
    try {
      const opened = await openPage(browser, `${siteUrl}${paths.profile}`);
      expect(await opened.page.locator(`#menschen a[href="${paths.page}"]`).count()).toBe(1);
      expect(offSiteRequests(opened.requests)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('is gone from every surface and every cache within 2 s of the withdrawal, and its portrait answers 404', async () => {
    expect(person.documentId, 'the person of the test before').toBeDefined();
    await admin(`/content-manager/collection-types/${PERSON}/${person.documentId}?locale=de`, { method: 'PUT', body: JSON.stringify({ consentWithdrawnOn: today }) });
    const started = performance.now();
    let site: Record<string, Surface> = {};
    await expect
      .poll(
        async () => {
          site = await siteSurfaces(person);
          return stillShowing(person, site, shownCopies);
        },
        { timeout: 2_000, interval: 20 },
      )
      .toEqual([]);
    // The CMS took the person off before it answered the withdrawal: one read shows it.
    const cms = await cmsSurfaces(person, placeFields);
    expect(stillShowing(person, cms)).toEqual([]);
    const elapsed = Math.round(performance.now() - started);
    const caches = Object.entries(site).map(([name, { status, cache }]) => `${name} ${status} ${cache ?? '-'}`);
    console.log(`[e2e] consent withdrawn to gone from ${Object.keys(site).length + Object.keys(cms).length} surfaces: ${elapsed} ms (site: ${caches.join(', ')})`);
    expect(elapsed).toBeLessThan(2_000);
    seen.push(...[...Object.values(site), ...Object.values(cms)].map((answer) => answer.body));
  });

  it('never showed the consent record on any surface or in the logs', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const body of seen) for (const text of PRIVATE_TEXTS) expect(body).not.toContain(text);
    for (const log of [inject('siteLog'), inject('cmsLog')]) {
      const text = readFileSync(log, 'utf8');
      for (const secret of PRIVATE_TEXTS) expect(text, log).not.toContain(secret);
    }
  });
});
