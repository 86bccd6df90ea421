import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, getNullableType, isListType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  API_TYPES,
  CONTENT_TYPES,
  EDITORIAL_TYPES,
  PRIVATE_TYPES,
  PUBLIC_TYPES,
  SLUGGED_TYPES,
  TRANSLATED_TYPES,
  UNANNOUNCED_TYPES,
  hasDraftAndPublish,
  imageFieldsOf,
  isSingleType,
  listFieldOf,
  sitePathOf,
} from '../src/content-types';

const apiDir = join(__dirname, '..', 'src', 'api');
const schemaOf = (name: string) =>
  JSON.parse(readFileSync(join(apiDir, name, 'content-types', name, 'schema.json'), 'utf8'));

describe('the content-type registry', () => {
  it('covers exactly the folders of src/api, each under its own UID', () => {
    const folders = readdirSync(apiDir).sort();
    expect(API_TYPES.map((uid) => uid.split('::')[1].split('.')[0]).sort()).toEqual(folders);
    for (const uid of API_TYPES) {
      const [folder, name] = uid.split('::')[1].split('.');
      expect(name).toBe(folder);
      expect(CONTENT_TYPES[uid].schema).toEqual(schemaOf(folder));
    }
  });

  it('reads kind, localization, drafts and slugs from the schemas', () => {
    for (const uid of API_TYPES) {
      const schema = schemaOf(uid.split('.')[1]);
      expect(isSingleType(uid)).toBe(schema.kind === 'singleType');
      expect(hasDraftAndPublish(uid)).toBe(schema.options?.draftAndPublish === true);
      expect(TRANSLATED_TYPES.includes(uid)).toBe(schema.pluginOptions?.i18n?.localized === true);
      expect(SLUGGED_TYPES.includes(uid)).toBe(schema.attributes.slug?.type === 'uid');
    }
    expect(SLUGGED_TYPES).toEqual(['api::place.place', 'api::meeting.meeting', 'api::event.event', 'api::person.person', 'api::partner.partner', 'api::article.article', 'api::region.region', 'api::theme.theme']);
  });

  it('keeps its traits consistent with each other and with the schemas', () => {
    expect([...PUBLIC_TYPES, ...PRIVATE_TYPES].sort()).toEqual([...API_TYPES].sort());
    // Whatever is kept from webhooks is private, and private data is never announced.
    expect([...UNANNOUNCED_TYPES].sort()).toEqual([...PRIVATE_TYPES].sort());
    for (const uid of API_TYPES) {
      const { titleField } = CONTENT_TYPES[uid];
      expect(Object.keys(CONTENT_TYPES[uid].schema.attributes)).toContain(titleField);
      // A page on the site is found by its slug and read through the public API.
      if (sitePathOf(uid)) {
        expect(SLUGGED_TYPES).toContain(uid);
        expect(PUBLIC_TYPES).toContain(uid);
      }
      expect(EDITORIAL_TYPES.includes(uid) && PRIVATE_TYPES.includes(uid)).toBe(false);
    }
    const paths = API_TYPES.map(sitePathOf).filter(Boolean);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('finds the image fields, whose alt texts are required before publishing', () => {
    expect(imageFieldsOf('api::place.place')).toEqual(['cover', 'gallery']);
    expect(imageFieldsOf('api::partner.partner')).toEqual(['logo']);
    expect(imageFieldsOf('api::person.person')).toEqual(['portrait']);
    expect(imageFieldsOf('api::region.region')).toEqual([]);
  });

  it('names the root field of the served schema that lists each public collection type', () => {
    const query = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8')).getQueryType()!.getFields();
    const collections = PUBLIC_TYPES.filter((uid) => !isSingleType(uid));
    expect(collections.map(listFieldOf)).toEqual(['places', 'meetings', 'events', 'notices', 'people', 'partners', 'articles', 'regions', 'themes', 'redirects']);
    for (const uid of collections) {
      const field = query[listFieldOf(uid)];
      expect(isListType(getNullableType(field.type))).toBe(true);
      expect(getNamedType(field.type).name.toLowerCase()).toBe(uid.split('.')[1]);
    }
  });
});
