import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PUBLISHED_TYPES } from '../src/content-types';
import { backfillFirstPublication } from '../src/first-publication';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const PLACE = 'api::place.place';
const places = () => cms.strapi.documents(PLACE);

/** SQLite answers milliseconds (or an ISO string), PostgreSQL a Date. */
const instant = (value: unknown) => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return new Date(/^\d+$/.test(String(value)) ? Number(value) : String(value)).toISOString();
};

/** Every row of a document (each locale, draft and live) with its first publication, as the database holds it. */
const rowsOf = async (documentId: string) => {
  const rows: { locale: string; publishedAt: unknown; firstPublishedAt: unknown }[] = await cms.strapi.db
    .query(PLACE)
    .findMany({ where: { documentId }, select: ['locale', 'publishedAt', 'firstPublishedAt'] });
  return rows.map((row) => ({ locale: row.locale, live: row.publishedAt !== null, first: instant(row.firstPublishedAt) }));
};

/** The one first publication all rows of the document share. */
const firstOf = async (documentId: string) => {
  const values = new Set((await rowsOf(documentId)).map((row) => row.first));
  expect(values.size, `rows of ${documentId} disagree: ${[...values].join(', ')}`).toBe(1);
  return [...values][0];
};

const draft = (slug: string) =>
  places().create({ locale: 'de', data: { name: `Test ${slug}`, slug, teaser: 'Kurz und gut.', stage: 'idea', network: 'other', isSample: true } });

it('is recorded by the four types /neu lists, and by no other', () => {
  expect([...FIRST_PUBLISHED_TYPES].sort()).toEqual(['api::article.article', 'api::event.event', 'api::person.person', 'api::place.place']);
});

it('gives the seeded entries a first publication: this month for some samples, earlier for real places and articles', async () => {
  type Entry = { documentId: string; firstPublishedAt: string | null; isSample: boolean };
  const fields = 'documentId firstPublishedAt isSample';
  const data = await cms.graphqlData<Record<string, Entry[]>>(`{
    places(locale: "de", pagination: { limit: 100 }, sort: "firstPublishedAt:desc") { ${fields} }
    enPlaces: places(locale: "en", pagination: { limit: 100 }) { ${fields} }
    events(locale: "de", pagination: { limit: 100 }) { ${fields} }
    people(locale: "de", pagination: { limit: 100 }) { ${fields} }
    articles(locale: "de", pagination: { limit: 100 }) { ${fields} }
  }`);
  const all = [...data.places, ...data.events, ...data.people, ...data.articles];
  expect(all.filter((entry) => !entry.firstPublishedAt)).toEqual([]);
  const month = new Date().toISOString().slice(0, 7);
  expect(all.some((entry) => entry.isSample && entry.firstPublishedAt!.startsWith(month))).toBe(true);
  expect(data.places.find((p) => !p.isSample)?.firstPublishedAt).toBe('2026-11-28T23:00:00.000Z');
  expect(data.articles.map((a) => a.firstPublishedAt).sort()).toEqual(['2026-06-02T22:00:00.000Z', '2026-08-17T22:00:00.000Z', '2026-11-28T23:00:00.000Z']);
  // Sorted by it, newest first, as partners ask "what is new".
  const sorted = data.places.map((p) => p.firstPublishedAt!);
  expect(sorted).toEqual([...sorted].sort().reverse());
  // Not localized: the English version has the German one's.
  for (const english of data.enPlaces) expect(english.firstPublishedAt).toBe(data.places.find((p) => p.documentId === english.documentId)?.firstPublishedAt);
});

describe('a new place', () => {
  let documentId: string;
  let first: string | null;

  it('has none while it is a draft, even when the save gives one', async () => {
    ({ documentId } = await draft('erstmals-test'));
    await places().update({ documentId, locale: 'de', data: { teaser: 'Noch ein Entwurf.', firstPublishedAt: '2020-01-01T00:00:00.000Z' } });
    expect(await firstOf(documentId)).toBeNull();
  });

  it('gets it at its first publish, in every row', async () => {
    const before = Date.now();
    await places().publish({ documentId, locale: 'de' });
    first = await firstOf(documentId);
    expect(Date.parse(first!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(first!)).toBeLessThanOrEqual(Date.now());
    expect((await rowsOf(documentId)).filter((row) => row.live)).toHaveLength(1);
  });

  it('keeps it through an English version, a republish, an update of the live version, unpublish and publish', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await places().update({ documentId, locale: 'en', data: { name: 'Test first', slug: 'erstmals-test', teaser: 'Short.' }, status: 'published' });
    expect(await firstOf(documentId)).toBe(first);
    expect((await rowsOf(documentId)).filter((row) => row.live).map((row) => row.locale).sort()).toEqual(['de', 'en']);

    await places().publish({ documentId, locale: '*' });
    expect(await firstOf(documentId)).toBe(first);

    // As the admin sends it back with every save, and an attempt to move it.
    await places().update({ documentId, locale: 'de', data: { teaser: 'Geändert und gleich live.', firstPublishedAt: '2021-05-05T00:00:00.000Z' }, status: 'published' });
    expect(await firstOf(documentId)).toBe(first);

    await places().unpublish({ documentId, locale: '*' });
    expect(await firstOf(documentId)).toBe(first);
    await places().publish({ documentId, locale: '*' });
    expect(await firstOf(documentId)).toBe(first);

    const { data } = await cms.graphqlData<{ data: { firstPublishedAt: string; publishedAt: string }[] }>(
      `{ data: places(locale: "en", filters: { slug: { eq: "erstmals-test" } }) { firstPublishedAt publishedAt } }`,
    );
    expect(data[0].firstPublishedAt).toBe(first);
    expect(Date.parse(data[0].publishedAt)).toBeGreaterThan(Date.parse(first!));
  });

  it('takes an earlier date only from the write that first publishes it, and never a future one', async () => {
    const imported = await places().create({
      locale: 'de',
      data: { name: 'Test Import', slug: 'erstmals-import', teaser: 'Von anderswo.', stage: 'idea', network: 'other', isSample: true, firstPublishedAt: '2025-03-01T10:00:00.000Z' },
      status: 'published',
    });
    expect(await firstOf(imported.documentId)).toBe('2025-03-01T10:00:00.000Z');
    const future = await places().create({
      locale: 'de',
      data: { name: 'Test Zukunft', slug: 'erstmals-zukunft', teaser: 'Zu früh.', stage: 'idea', network: 'other', isSample: true, firstPublishedAt: '2999-01-01T00:00:00.000Z' },
      status: 'published',
    });
    expect(Date.parse((await firstOf(future.documentId))!)).toBeLessThanOrEqual(Date.now());
  });
});

it('fills only the rows without one, from the earliest publishedAt the document holds, at boot', async () => {
  const knex = cms.strapi.db.connection;
  const [published, untouched, neverPublished] = await Promise.all(['kultur-nische', 'buergermeisterhof'].map((slug) => places().findFirst({ filters: { slug }, locale: 'de' })).concat(draft('erstmals-entwurf')));
  const kept = await firstOf(untouched!.documentId);
  // As a database from before the field has it: nothing recorded, and publishedAt of each live row.
  await knex('places').where({ document_id: published!.documentId }).update({ first_published_at: null });
  await knex('places').where({ document_id: published!.documentId, locale: 'en' }).whereNotNull('published_at').update({ published_at: new Date('2026-01-02T03:04:05.000Z') });
  await knex('places').where({ document_id: published!.documentId, locale: 'de' }).whereNotNull('published_at').update({ published_at: new Date('2026-02-03T04:05:06.000Z') });

  expect(await backfillFirstPublication(cms.strapi)).toBe(4);
  expect(await firstOf(published!.documentId)).toBe('2026-01-02T03:04:05.000Z');
  expect(await firstOf(untouched!.documentId)).toBe(kept);
  expect(await firstOf(neverPublished!.documentId)).toBeNull();
  expect(await backfillFirstPublication(cms.strapi)).toBe(0);
});
