import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';

// Rows of every type, read by a type named at run time: what a snapshot compares, not what it checks.
type Row = Record<string, any>;
type Attribute = { type: string; relation?: string; target?: string; component?: string };

// Models named at run time; what a snapshot needs of their attributes is described above.
const attributesOf = (strapi: Core.Strapi, uid: string) => (strapi.getModel(uid as never) as { attributes: Record<string, Attribute> }).attributes;

/**
 * What no archive carries: database ids, which an import assigns anew, and relations to admin
 * users (createdBy, updatedBy), which stay out of every export.
 */
const carried = (name: string, attribute?: Attribute) => name !== 'id' && !attribute?.target?.startsWith('admin::');

/** A related row by what identifies it in any database: document, language and version. */
const relatedKey = (row: Row | null) =>
  row && `${row.documentId}/${row.locale ?? '-'}/${'publishedAt' in row ? (row.publishedAt ? 'published' : 'draft') : '-'}`;

const populateFor = (strapi: Core.Strapi, uid: string): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(attributesOf(strapi, uid)).flatMap(([name, attribute]): [string, unknown][] => {
      if (!carried(name, attribute)) return [];
      if (attribute.type === 'component') return [[name, { populate: populateFor(strapi, attribute.component!) }]];
      if (attribute.type === 'media') return [[name, { select: ['documentId'] }]];
      if (attribute.type === 'relation' && !attribute.relation!.startsWith('morph')) {
        const target = attributesOf(strapi, attribute.target!);
        return [[name, { select: ['documentId', ...['locale', 'publishedAt'].filter((field) => field in target)] }]];
      }
      return [];
    }),
  );

const normalize = (strapi: Core.Strapi, uid: string, row: Row): Row => {
  const attributes = attributesOf(strapi, uid);
  // A component or relation value: one row, a list of them, or nothing.
  const each = (value: unknown, map: (item: Row) => unknown) => (Array.isArray(value) ? value.map(map) : value ? map(value as Row) : null);
  return Object.fromEntries(
    Object.entries(row)
      .filter(([name]) => carried(name, attributes[name]))
      .map(([name, value]) => {
        const attribute = attributes[name];
        if (attribute?.type === 'component') return [name, each(value, (item) => normalize(strapi, attribute.component!, item))];
        if (attribute?.type === 'media') return [name, each(value, (file) => file.documentId)];
        if (attribute?.type === 'relation') return [name, each(value, relatedKey)];
        return [name, value];
      }),
  );
};

/** Every type whose entries belong in an archive: everything but the admin's own users, roles and tokens. */
export const archivedTypes = (strapi: Core.Strapi) => Object.keys(strapi.contentTypes).filter((uid) => !uid.startsWith('admin::')).sort();

/**
 * Every row of every archived type (each language and draft/published version of each
 * document) with its components and its relations by document, keyed by document, language and
 * version, so that two databases compare without their ids.
 */
export const snapshotContent = async (strapi: Core.Strapi) => {
  const snapshot: Record<string, Record<string, Row>> = {};
  for (const uid of archivedTypes(strapi)) {
    // A type named at run time, as in attributesOf.
    const rows: Row[] = await strapi.db.query(uid as never).findMany({ populate: populateFor(strapi, uid) });
    snapshot[uid] = {};
    for (const row of rows) {
      const key = relatedKey(row)!;
      if (key in snapshot[uid]) throw new Error(`Two rows of ${uid} are ${key}`);
      snapshot[uid][key] = normalize(strapi, uid, row);
    }
  }
  return snapshot;
};

/** The SHA-256 of every media file on disk, originals and formats, by URL. */
export const mediaFingerprints = async (strapi: Core.Strapi) => {
  const files: Row[] = await strapi.db.query('plugin::upload.file').findMany({ select: ['url', 'formats'] });
  const urls = files.flatMap((file) => [file.url, ...Object.values<Row>(file.formats ?? {}).map((format) => format.url)]);
  const fingerprints: Record<string, string> = {};
  for (const url of urls.sort()) {
    fingerprints[url] = createHash('sha256').update(await readFile(join(strapi.dirs.static.public, url))).digest('hex');
  }
  return fingerprints;
};
