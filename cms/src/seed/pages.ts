import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { toBlocks } from './blocks';
import type { ImageSpec } from './media';
import { ABOUT, ACCESSIBILITY_STATEMENT, GLOBAL, HOMEPAGE, IMPRINT, PRIVACY_POLICY } from '../content-types';

type Json = Record<string, any>;
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

type Helpers = {
  /** Document ids of the seeded places, by slug. */
  places: (slugs: string[]) => string[];
  image: (name: string, spec?: ImageSpec) => Promise<Json | undefined>;
};

/**
 * Creates the German and then the English entry of every single type that has no German
 * entry yet; an existing page is left alone, so editors' changes survive a second run.
 * A single type holds one document, so a locale is added to the document that exists.
 */
export const seedPages = async (strapi: Core.Strapi, { places, image }: Helpers) => {
  const file = path.join(strapi.dirs.app.root, 'data', 'seed', 'pages.json');
  const pages: Record<string, Json> = JSON.parse(await fs.readFile(file, 'utf8'));
  let created = 0;

  for (const [name, page] of Object.entries(pages)) {
    const config = PAGES[name];
    if (!config) throw new Error(`Seed has a page "${name}" that is no single type`);
    const { de, en, featuredPlaces, ...shared } = page;

    const build = async (locale: Locale) => {
      const text = locale === 'en' ? en : de;
      if (!text) return undefined;
      const data: Json = { ...shared, ...text };
      if (featuredPlaces) data.featuredPlaces = places(featuredPlaces);
      for (const field of config.blocks ?? []) data[field] = toBlocks(text[field]);
      for (const field of config.images ?? []) data[field] = await image(`page-${name}-${field}`, text[field] ?? de[field]);
      return data;
    };

    const documents = strapi.documents(config.uid as any);
    if (await documents.findFirst({ locale: 'de' } as any)) continue;
    const existing = await strapi.db.query(config.uid as any).findOne({ select: ['documentId'] });
    const german = await build('de');
    const { documentId } = existing
      ? await documents.update({ documentId: existing.documentId, locale: 'de', data: german } as any)
      : await documents.create({ locale: 'de', data: german } as any);
    if (!(await documents.findFirst({ locale: 'en' } as any))) {
      const english = await build('en');
      if (english) await documents.update({ documentId, locale: 'en', data: english } as any);
    }
    created += 1;
  }
  return created;
};
