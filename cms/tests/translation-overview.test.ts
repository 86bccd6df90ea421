import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranslationOverview, TypeOverview } from '../src/translations/overview';
import { adminSession, asAutor, asRedaktion, asSuperAdmin } from './support/admin';
import { bearer, previewToken, startCms, type Cms } from './support/cms';

const OVERVIEW = '/kreativorte/translation-status';
const PLACE = 'api::place.place';
const MEETING = 'api::meeting.meeting';
const ARTICLE = 'api::article.article';
const ABOUT = 'api::about.about';
const READ = 'plugin::content-manager.explorer.read';
const ALL_TYPES = [
  PLACE,
  MEETING,
  'api::event.event',
  'api::notice.notice',
  'api::person.person',
  ARTICLE,
  'api::region.region',
  'api::theme.theme',
  'api::homepage.homepage',
  ABOUT,
  'api::global.global',
  'api::imprint.imprint',
  'api::privacy-policy.privacy-policy',
  'api::accessibility-statement.accessibility-statement',
];

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());


const overviewAs = async (session: Promise<Awaited<ReturnType<typeof asSuperAdmin>>>) => {
  const { status, body } = await (await session)<{ data: TranslationOverview }>('GET', OVERVIEW);
  expect(status).toBe(200);
  return body!.data;
};
const typeOf = (overview: { types: TypeOverview[] }, uid: string) => overview.types.find((type) => type.uid === uid)!;

/** Rows per locale in the version editors edit: the draft where a type has drafts. */
const currentRows = async (name: string, locale: string) => {
  // The overview names each type by its uid, as a plain string.
  const uid = name as UID.ContentType;
  const model = cms.strapi.getModel(uid);
  const where = model.options?.draftAndPublish ? { locale, publishedAt: null } : { locale };
  return cms.strapi.db.query(uid).count({ where });
};

describe('the seeded content', () => {
  it('has English for everything, all of it awaiting review, and the super admin sees every type', async () => {
    const overview = await overviewAs(asSuperAdmin(cms.url));
    expect(overview).toMatchObject({ sourceLocale: 'de', targetLocale: 'en' });
    expect(overview.types.map((type) => type.uid)).toEqual(ALL_TYPES);
    for (const type of overview.types) {
      expect(type.missing, type.uid).toEqual({ count: 0, entries: [] });
      expect(type.needsReview.count, type.uid).toBe(await currentRows(type.uid, 'en'));
      expect(type.needsReview.entries, type.uid).toHaveLength(type.needsReview.count);
    }
    expect(typeOf(overview, PLACE).needsReview.count).toBeGreaterThan(0);

    const place = typeOf(overview, PLACE);
    expect(place).toMatchObject({ kind: 'collectionType', label: 'Kreativort' });
    const seeded = await cms.strapi.db.query(PLACE).findOne({ where: { slug: 'kultur-nische', locale: 'en', publishedAt: null } });
    expect(place.needsReview.entries.find((entry) => entry.slug === 'kultur-nische')).toEqual({
      documentId: seeded.documentId,
      title: seeded.name,
      slug: 'kultur-nische',
      updatedAt: new Date(seeded.updatedAt).toISOString(),
      published: true,
      translationStatus: 'needs_review',
    });
    const titles = place.needsReview.entries.map((entry) => entry.title ?? '');
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'de')));

    const about = typeOf(overview, ABOUT);
    expect(about).toMatchObject({ kind: 'singleType', needsReview: { count: 1 } });
    expect(about.needsReview.entries[0]).toMatchObject({ slug: null, published: true, translationStatus: 'needs_review' });
  });
});

describe('missing English', () => {
  it('lists a German-only place until it gets an English version, which then awaits review', async () => {
    const places = cms.strapi.documents(PLACE);
    const { documentId } = await places.create({
      locale: 'de',
      data: { name: 'Alte Schmiede Kläden', slug: 'alte-schmiede-klaeden', teaser: 'Eine Dorfschmiede wird Werkstatt.', stage: 'idea', network: 'other', isSample: false },
    });

    let place = typeOf(await overviewAs(asRedaktion(cms.url)), PLACE);
    expect(place.missing.count).toBe(1);
    expect(place.missing.entries).toEqual([
      { documentId, title: 'Alte Schmiede Kläden', slug: 'alte-schmiede-klaeden', updatedAt: expect.any(String), published: false },
    ]);

    await places.publish({ documentId, locale: 'de' });
    place = typeOf(await overviewAs(asRedaktion(cms.url)), PLACE);
    expect(place.missing.entries).toEqual([expect.objectContaining({ documentId, published: true })]);

    await places.update({
      documentId,
      locale: 'en',
      data: { name: 'Old Smithy Kläden', slug: 'alte-schmiede-klaeden', teaser: 'A village smithy becomes a workshop.', stage: 'idea', network: 'other', isSample: false },
    });
    place = typeOf(await overviewAs(asRedaktion(cms.url)), PLACE);
    expect(place.missing).toEqual({ count: 0, entries: [] });
    expect(place.needsReview.entries.find((entry) => entry.documentId === documentId)).toMatchObject({
      title: 'Old Smithy Kläden',
      published: false,
      translationStatus: 'needs_review',
    });
  });
});

describe('review', () => {
  it('drops an English version from the list once an editor marks it complete, and takes it back if it loses its status', async () => {
    const before = await overviewAs(asSuperAdmin(cms.url));
    const reviewed = typeOf(before, PLACE).needsReview.entries[0];

    const as = await asRedaktion(cms.url);
    const path = `/content-manager/collection-types/${PLACE}/${reviewed.documentId}?locale=en`;
    const current = (await as<{ data: object }>('GET', path)).body!.data;
    expect((await as('PUT', path, { ...current, translationStatus: 'complete' })).status).toBe(200);
    const aboutPath = `/content-manager/single-types/${ABOUT}?locale=en`;
    const about = (await as<{ data: object }>('GET', aboutPath)).body!.data;
    expect((await as('PUT', aboutPath, { ...about, translationStatus: 'complete' })).status).toBe(200);

    const after = await overviewAs(asSuperAdmin(cms.url));
    const place = typeOf(after, PLACE);
    expect(place.needsReview.count).toBe(typeOf(before, PLACE).needsReview.count - 1);
    expect(place.needsReview.entries.map((entry) => entry.documentId)).not.toContain(reviewed.documentId);
    expect(typeOf(after, ABOUT).needsReview).toEqual({ count: 0, entries: [] });

    // An empty status, e.g. from an import, counts as not yet reviewed.
    await cms.strapi.db.query(ABOUT).update({ where: { locale: 'en' }, data: { translationStatus: null } });
    expect(typeOf(await overviewAs(asSuperAdmin(cms.url)), ABOUT).needsReview.entries).toEqual([
      expect.objectContaining({ translationStatus: null }),
    ]);
  });
});

describe('permissions', () => {
  it('gives an Autor the types its role may read, and no more', async () => {
    expect((await overviewAs(asAutor(cms.url))).types.map((type) => type.uid)).toEqual(ALL_TYPES);

    const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'kreativorte-autor' } });
    const removed = await cms.strapi.db.query('admin::permission').deleteMany({ where: { role: role.id, action: READ, subject: { $in: [ARTICLE, ABOUT] } } });
    expect(removed.count).toBe(2);
    const overview = await overviewAs(asAutor(cms.url));
    expect(overview.types.map((type) => type.uid)).toEqual(ALL_TYPES.filter((uid) => uid !== ARTICLE && uid !== ABOUT));
  });

  it('lists only the locales and fields a role may read', async () => {
    // A translator for places: English only, and without the slug.
    const roles = cms.strapi.service('admin::role');
    const role = await roles.create({ name: 'Übersetzung Orte', code: 'test-translation', description: 'Nur Englisch' });
    await roles.assignPermissions(role.id, [
      { action: READ, subject: PLACE, properties: { fields: ['name', 'teaser', 'translationStatus'], locales: ['en'] } },
    ]);
    await cms.strapi.service('admin::user').create({
      email: 'uebersetzung@example.com',
      firstname: 'Übersetzung',
      password: 'Test-Uebersetzung-2026',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    await cms.strapi.documents(PLACE).create({
      locale: 'de',
      data: { name: 'Nur auf Deutsch', slug: 'nur-auf-deutsch', teaser: 'Noch ohne Englisch.', stage: 'idea', network: 'other', isSample: false },
    });
    const missingForRedaktion = typeOf(await overviewAs(asRedaktion(cms.url)), PLACE).missing.entries;
    expect(missingForRedaktion.map((entry) => entry.title)).toContain('Nur auf Deutsch');

    const overview = await overviewAs(adminSession(cms.url, 'uebersetzung@example.com', 'Test-Uebersetzung-2026'));
    expect(overview.types.map((type) => type.uid)).toEqual([PLACE]);
    const [place] = overview.types;
    // The German entry without English exists, but this role may not read German.
    expect(place.missing).toEqual({ count: 0, entries: [] });
    expect(place.needsReview.count).toBeGreaterThan(0);
    for (const entry of place.needsReview.entries) {
      expect(entry.title).toEqual(expect.any(String));
      expect(entry.slug).toBeNull();
    }
  });

  it('refuses a call without an admin session', async () => {
    for (const headers of [{}, bearer(previewToken()), bearer('falsch')]) {
      const response = await fetch(`${cms.url}${OVERVIEW}`, { headers });
      expect(response.status).toBe(401);
    }
  });
});
