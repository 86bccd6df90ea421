import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const status = async (documentId: string, locale: string) =>
  (await cms.strapi.db.query('api::theme.theme').findOne({ where: { documentId, locale }, select: ['translationStatus'] }))
    ?.translationStatus;

it('marks German as the original and seeded English as awaiting review', async () => {
  type Statuses = { translationStatus: string }[];
  const { de, en } = await cms.graphqlData<{ de: Statuses; en: Statuses }>(`{ de: places(locale: "de", pagination: { limit: 100 }) { translationStatus }
    en: places(locale: "en", pagination: { limit: 100 }) { translationStatus } }`);
  expect(new Set(de.map((p) => p.translationStatus))).toEqual(new Set(['original']));
  expect(new Set(en.map((p) => p.translationStatus))).toEqual(new Set(['needs_review']));
});

it('keeps a reviewed translation and never lets a translation claim to be the original', async () => {
  const themes = cms.strapi.documents('api::theme.theme');
  const { documentId } = await themes.create({ locale: 'de', data: { name: 'Handwerk', slug: 'handwerk', translationStatus: 'complete' } });
  expect(await status(documentId, 'de')).toBe('original');

  await themes.update({ documentId, locale: 'en', data: { name: 'Crafts', slug: 'handwerk' } });
  expect(await status(documentId, 'en')).toBe('needs_review');

  await themes.update({ documentId, locale: 'en', data: { translationStatus: 'complete' } });
  await themes.update({ documentId, locale: 'en', data: { name: 'Craft' } });
  expect(await status(documentId, 'en')).toBe('complete');

  await themes.update({ documentId, locale: 'en', data: { translationStatus: 'original' } });
  expect(await status(documentId, 'en')).toBe('needs_review');
});
