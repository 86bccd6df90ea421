import type { Core, UID } from '@strapi/strapi';
import { ABOUT, ACCESSIBILITY_STATEMENT, GLOBAL, HOMEPAGE, IMPRINT, PRIVACY_POLICY } from '../content-types';
import { isRecord } from '../is-record';
import { toBlocks } from '../rich-text';
import { seedDocuments } from './documents';
import { readSeed, type PageSeed } from './files';
import type { ImageSpec } from './media';

type Locale = 'de' | 'en';

/**
 * How each single type's entry in data/seed/pages.json maps to its attributes: rich text
 * and images are converted, relations resolved from slugs, everything else is copied.
 * Fields outside `de` and `en` are not localized and go into both locales.
 */
const PAGES: Record<string, { uid: UID.ContentType; blocks?: string[]; images?: string[] }> = {
  homepage: { uid: HOMEPAGE, blocks: ['intro'], images: ['heroImage'] },
  about: { uid: ABOUT, blocks: ['body'], images: ['cover'] },
  global: { uid: GLOBAL },
  imprint: { uid: IMPRINT, blocks: ['body'] },
  'privacy-policy': { uid: PRIVACY_POLICY, blocks: ['body'] },
  'accessibility-statement': { uid: ACCESSIBILITY_STATEMENT, blocks: ['body'] },
};

const paragraphsIn = (value: unknown) => (Array.isArray(value) && value.every((item): item is string => typeof item === 'string') ? value : undefined);
const isImageSpec = (value: unknown): value is ImageSpec =>
  isRecord(value) && typeof value.alt === 'string' && isRecord(value.illustration) && typeof value.illustration.motif === 'string';
const imageSpecIn = (value: unknown) => (isImageSpec(value) ? value : undefined);

type Helpers = {
  /** Document ids of the seeded places, by slug. */
  places: (slugs: string[]) => string[];
  image: (name: string, spec?: ImageSpec) => Promise<Record<string, unknown> | undefined>;
};

/**
 * Creates the German and then the English entry of every single type that has no German
 * entry yet; an existing page is left alone, so editors' changes survive a second run.
 * A single type holds one document, so a locale is added to the document that exists.
 */
export const seedPages = async (strapi: Core.Strapi, { places, image }: Helpers) => {
  const pages = await readSeed<Record<string, PageSeed>>(strapi, 'pages.json');
  let created = 0;

  for (const [name, page] of Object.entries(pages)) {
    const config = PAGES[name];
    if (!config) throw new Error(`Seed has a page "${name}" that is no single type`);
    const { de, en, featuredPlaces, ...shared } = page;

    const build = async (locale: Locale) => {
      const text = locale === 'en' ? en : de;
      if (!text) return undefined;
      const data: Record<string, unknown> = { ...shared, ...text };
      if (featuredPlaces) data.featuredPlaces = places(featuredPlaces);
      for (const field of config.blocks ?? []) data[field] = toBlocks(paragraphsIn(text[field]));
      for (const field of config.images ?? []) data[field] = await image(`page-${name}-${field}`, imageSpecIn(text[field] ?? de[field]));
      return data;
    };

    const documents = seedDocuments(strapi, config.uid);
    if (await documents.findFirst({ locale: 'de' })) continue;
    const existing: { documentId: string } | null = await strapi.db.query(config.uid).findOne({ select: ['documentId'] });
    const german = await build('de');
    const written = existing
      ? await documents.update({ documentId: existing.documentId, locale: 'de', data: german })
      : await documents.create({ locale: 'de', data: german });
    if (!written) throw new Error(`Seed could not write the page "${name}"`);
    const { documentId } = written;
    if (!(await documents.findFirst({ locale: 'en' }))) {
      const english = await build('en');
      if (english) await documents.update({ documentId, locale: 'en', data: english });
    }
    created += 1;
  }
  return created;
};
