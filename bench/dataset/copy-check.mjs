// Test support for generate.test.mjs (run as a child process with the dataset's CMS environment,
// BENCH_PLACES and BENCH_TEMPLATES): boots the CMS without serving it and checks through
// Strapi's document service that the copied places of a generated dataset read exactly like
// their templates with their own values, that the counts and slugs add up, and that Strapi can
// still create, publish and delete places afterwards (in a transaction that is rolled back, so
// the dataset stays as generated). Sends { plan, images, problems } to the parent.
import assert from 'node:assert/strict';
import { loadStrapi, stopStrapi } from '../../cms/scripts/strapi-app.mjs';
import { partnerContent, partnerCountFor, placeContent, placeSlug, planCopies, seedImages } from './content.mjs';
import { missing } from './copy.mjs';
import { at, documentsOf, isComponent, metadataOf, modelOf } from './strapi-views.mjs';

/**
 * What this check sends its parent.
 * @typedef {{ plan: number[], images: import('./content.mjs').Images, problems: string[] }} CopyCheck
 */
/** @typedef {Record<string, unknown>} Entry */
/** @typedef {import('./env.mjs').Strapi['db']['connection']} Knex */

const UID = 'api::place.place';
const places = Number(process.env.BENCH_PLACES);
const templates = Number(process.env.BENCH_TEMPLATES);
const partnerCount = partnerCountFor(places);
const ROLLBACK = new Error('rollback');

/** @type {string[]} */
const problems = [];
/**
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} what
 */
const expectEqual = (actual, expected, what) => {
  try {
    assert.deepStrictEqual(actual, expected);
  } catch (error) {
    problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
};
/**
 * @param {unknown} ok
 * @param {string} what
 */
const expectTrue = (ok, what) => {
  if (!ok) problems.push(what);
  return Boolean(ok);
};

/** Without ids (the copy has its own) and, at the top, without the document id and meetings (made after the copies). */
/** @param {Entry} entry */
const strip = (entry) => {
  /**
   * @param {unknown} value
   * @returns {unknown}
   */
  const walk = (value) =>
    Array.isArray(value) ? value.map(walk) : value && typeof value === 'object' && !(value instanceof Date) ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, v]) => [key, walk(v)])) : value;
  const { documentId, meetings, localizations, ...rest } = entry;
  return walk(rest);
};

const strapi = await loadStrapi();
try {
  const model = modelOf(strapi, UID);
  const documents = documentsOf(strapi, UID);
  const metadata = metadataOf(strapi);
  const images = await seedImages(strapi);
  const plan = planCopies({ places, templates, partnerCount, images });
  /** @param {string} slug */
  const documentIdOf = async (slug) => (await strapi.db.query(UID).findOne({ where: { slug, locale: 'de' }, select: ['documentId'] }))?.documentId;
  /**
   * @param {string} documentId
   * @returns {Promise<{ id: number, locale: string, publishedAt: string | null }[]>}
   */
  const rowsOf = (documentId) => strapi.db.query(UID).findMany({ where: { documentId }, select: ['id', 'locale', 'publishedAt'], orderBy: { id: 'asc' } });

  /**
   * A template's entry with the values a copy takes from its own content (the rule of copy.mjs, on the document).
   * @param {Entry} template
   * @param {Entry} data
   */
  const expected = (template, data) => {
    const entry = structuredClone(template);
    for (const [name, value] of Object.entries(data)) {
      const attribute = model.attributes[name];
      if (attribute.type === 'component') {
        const component = modelOf(strapi, attribute.component ?? missing(`the component of ${UID}.${name}`));
        const current = entry[name];
        /** @type {Entry[]} */
        const items = Array.isArray(value) ? value : [value];
        /** @type {Entry[]} */
        const targets = Array.isArray(current) ? current : current ? [current] : [];
        items.forEach((item, position) => {
          const types = Object.keys(item).map((key) => component.attributes[key].type);
          if (!targets[position] || types.some((type) => type === 'media' || type === 'relation')) return;
          for (const [key, v] of Object.entries(item)) if (component.attributes[key].type !== 'component') targets[position][key] = v;
        });
      } else if (!['relation', 'media', 'dynamiczone'].includes(attribute.type)) {
        entry[name] = value;
      }
    }
    return entry;
  };

  /** @type {{ populate: '*' | Record<string, true | { populate: '*' }> }} */
  const shallow = { populate: '*' };
  // One level deeper: the media of the cover and gallery images.
  /** @type {Record<string, true | { populate: '*' }>} */
  const deeper = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type === 'component') deeper[name] = { populate: '*' };
    else if (['relation', 'media'].includes(attribute.type) && !['localizations', 'meetings'].includes(name)) deeper[name] = true;
  }
  /** @type {typeof shallow} */
  const deep = { populate: deeper };

  // Every copy reads like its template, in each locale and status, with its own values.
  for (const [k, template] of plan.entries()) {
    const index = templates + k;
    const copyId = await documentIdOf(placeSlug(index));
    const templateId = await documentIdOf(placeSlug(template));
    if (!expectTrue(copyId && templateId, `place ${index} or its template ${template} is missing`)) continue;
    const copyRows = await rowsOf(copyId);
    const templateRows = await rowsOf(templateId);
    /** @param {{ locale: string, publishedAt: string | null }[]} rows */
    const shape = (rows) => rows.map((row) => `${row.locale}/${row.publishedAt ? 'published' : 'draft'}`);
    expectEqual(shape(copyRows), shape(templateRows), `rows of place ${index}`);
    const content = placeContent(index, { partnerCount, images });
    for (const { locale, publishedAt } of templateRows) {
      const status = publishedAt ? 'published' : 'draft';
      const data = locale === 'de' ? content.de : content.translation;
      for (const [label, populate] of Object.entries({ '*': shallow, deep })) {
        const copy = await documents.findOne({ documentId: copyId, locale, status, ...populate });
        const original = await documents.findOne({ documentId: templateId, locale, status, ...populate });
        if (!copy || !original) {
          problems.push(`place ${index} or its template ${template} reads as nothing in ${locale} ${status}`);
          continue;
        }
        expectEqual(strip(copy), strip(expected(original, data)), `place ${index} (template ${template}) ${locale} ${status}, populate ${label}`);
      }
    }
  }

  // Counts per locale and status: every generated place has both statuses, as many English ones as their templates.
  const generated = Array.from({ length: places }, (_, i) => placeSlug(i));
  const english = Array.from({ length: places }, (_, i) => Boolean(placeContent(i < templates ? i : plan[i - templates], { partnerCount, images }).en)).filter(Boolean).length;
  /** @type {[string, number][]} */
  const counts = [['de', places], ['en', english]];
  /** @type {import('./strapi-views.mjs').Status[]} */
  const statuses = ['draft', 'published'];
  for (const [locale, count] of counts) {
    for (const status of statuses) {
      const where = { slug: { $in: generated }, locale, publishedAt: status === 'draft' ? { $null: true } : { $notNull: true } };
      expectEqual(await strapi.db.query(UID).count({ where }), count, `generated ${locale} ${status} rows`);
      expectEqual(await documents.count({ locale, status, filters: { slug: { $in: generated } } }), count, `generated ${locale} ${status} documents`);
    }
  }
  // Slugs are unique: one document per slug, one row per slug, locale and status.
  const knex = strapi.db.connection;
  const { tableName } = metadata.get(UID) ?? missing(`database metadata for ${UID}`);
  const twice = await knex(tableName).select('slug').groupBy('slug').havingRaw('COUNT(DISTINCT document_id) > 1');
  expectEqual(twice, [], 'slugs shared by documents');
  const doubled = await knex(tableName).select('slug', 'locale').whereNotNull('published_at').groupBy('slug', 'locale').havingRaw('COUNT(*) > 1');
  expectEqual(doubled, [], 'published slugs with two rows in one locale');
  expectEqual(new Set((await knex(tableName).whereIn('slug', generated).distinct('slug')).map((/** @type {{ slug: string }} */ row) => row.slug)).size, places, 'distinct generated slugs');

  /**
   * The rows that belong to entries of `uid` with these ids, per table and column, following Strapi's metadata.
   * @param {Knex} trx
   * @param {string} uid
   * @param {number[]} ids
   * @param {{ table: string, column: string, ids: number[] }[]} [into]
   */
  const owned = async (trx, uid, ids, into = []) => {
    const meta = metadata.get(uid) ?? missing(`database metadata for ${uid}`);
    into.push({ table: meta.tableName, column: 'id', ids });
    for (const attribute of Object.values(meta.attributes)) {
      if (attribute.type !== 'relation') continue;
      if (attribute.morphBy) {
        const joinTable = metadata.get(attribute.target ?? '')?.attributes[attribute.morphBy].joinTable ?? missing(`the morph table of ${uid}.${attribute.morphBy}`);
        const morphColumn = joinTable.morphColumn ?? missing(`the morph column of ${joinTable.name}`);
        const rows = await trx(joinTable.name).whereIn(morphColumn.idColumn.name, ids).where(morphColumn.typeColumn.name, uid);
        into.push({ table: joinTable.name, column: 'id', ids: rows.map((/** @type {{ id: number }} */ row) => row.id) });
      } else if (attribute.joinTable && !attribute.mappedBy) {
        const { joinTable } = attribute;
        const rows = await trx(joinTable.name).whereIn(joinTable.joinColumn.name, ids).where(joinTable.on ?? {});
        into.push({ table: joinTable.name, column: 'id', ids: rows.map((/** @type {{ id: number }} */ row) => row.id) });
        if (attribute.target && isComponent(strapi, attribute.target)) await owned(trx, attribute.target, rows.map((/** @type {Record<string, number>} */ row) => row[joinTable.inverseJoinColumn.name]), into);
      }
    }
    return into;
  };
  /**
   * @param {Knex} trx
   * @param {{ table: string, column: string, ids: number[] }[]} rows
   */
  const remaining = async (trx, rows) => {
    /** @type {Record<string, number>} */
    const counts = {};
    for (const { table, column, ids } of rows) {
      if (ids.length) counts[table] = (counts[table] ?? 0) + (await trx(table).whereIn(column, ids)).length;
    }
    return counts;
  };

  await strapi.db
    .transaction(async (/** @type {{ trx: Knex }} */ { trx }) => {
      // Strapi creates and publishes a new place (both locales) after the copies: no id collides.
      /**
       * @param {string} uid
       * @param {Record<string, unknown>} where
       * @returns {Promise<Map<string, string>>}
       */
      const lookup = async (uid, where) => new Map((await strapi.db.query(uid).findMany({ where, select: ['slug', 'documentId'] })).map((/** @type {{ slug: string, documentId: string }} */ e) => [e.slug, e.documentId]));
      const regions = await lookup('api::region.region', { locale: 'de' });
      const themes = await lookup('api::theme.theme', { locale: 'de' });
      const partnerIds = await lookup('api::partner.partner', { publishedAt: { $null: true } });
      /** @param {ReturnType<typeof placeContent>['de' | 'translation']} data */
      const relations = ({ partners, ...data }) => ({
        ...data,
        region: regions.get(data.region),
        themes: data.themes.map((slug) => themes.get(slug)),
        partners: partners.map((i) => partnerIds.get(partnerContent(i).slug)),
      });
      const fresh = placeContent(places, { partnerCount, images });
      const { documentId } = await documents.create({ data: relations(fresh.de), locale: 'de', status: 'published' });
      await documents.update({ documentId, locale: 'en', data: relations(fresh.translation), status: 'published' });
      const created = await documents.findOne({ documentId, locale: 'de', status: 'published', ...deep });
      expectEqual(
        [at(created, 'slug'), at(created, 'address', 'town'), at(created, 'facts', 'yearBuilt'), at(created, 'themes', 'length'), Boolean(at(created, 'cover', 'media', 'url'))],
        [fresh.slug, fresh.de.address.town, fresh.de.facts.yearBuilt, fresh.de.themes.length, true],
        'a place created and published after the copies',
      );
      expectEqual((await rowsOf(documentId)).length, 4, 'rows of the new place');

      // Deleting a copy through the document service removes its rows, its component rows and its links.
      const victim = await documentIdOf(placeSlug(templates));
      const rows = await owned(trx, UID, (await rowsOf(victim)).map((row) => row.id));
      const before = await remaining(trx, rows);
      expectTrue((before.places_cmps ?? 0) > 0 && (before.files_related_mph ?? 0) > 0 && (before.places_themes_lnk ?? 0) > 0, `rows of a copy before deleting it: ${JSON.stringify(before)}`);
      await documents.delete({ documentId: victim, locale: '*' });
      const after = await remaining(trx, rows);
      expectEqual(
        Object.entries(after).filter(([, count]) => count > 0),
        [],
        `rows left after deleting a copy (before: ${JSON.stringify(before)})`,
      );
      throw ROLLBACK;
    })
    .catch((/** @type {unknown} */ error) => {
      if (error !== ROLLBACK) throw error;
    });
  // The rollback left the dataset as it was.
  expectTrue(await documentIdOf(placeSlug(templates)), 'the deleted copy is back after the rollback');
  expectEqual(await documentIdOf(placeContent(places, { partnerCount, images }).slug), undefined, 'the new place is gone after the rollback');

  /** @type {CopyCheck} */
  const found = { plan, images, problems };
  process.send?.(found);
} finally {
  await stopStrapi(strapi);
}
