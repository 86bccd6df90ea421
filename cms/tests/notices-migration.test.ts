import { afterAll, beforeAll, expect, it } from 'vitest';
import { stopStrapi } from '../scripts/strapi-app.mjs';
import { freshDatabase, startCms, type Cms, type Database } from './support/cms';

const MIGRATION = '2026.12.06T00.00.00.place-components-to-notices.js';
const HELD = 'notices_from_place_components';
const NOTICE = 'api::notice.notice';

type Row = { id: number; document_id: string; locale: string; published_at: unknown };

let database: Database;
let cms: Cms;
/** kultur-nische's place rows, and what the second boot made of its components. */
let rows: Row[] = [];
let publishedAt: Date;

/**
 * A database as a deployment before notices has it: Strapi 5.54's tables of the place's seeking
 * and offer components, made as its schema sync makes them (knex's increments, string, text and
 * date, as `sqlite_master` showed them), linked to a place in every locale and version, and the
 * migration not yet run. Then the CMS boots on it again.
 */
beforeAll(async () => {
  database = await freshDatabase();
  const before = await startCms({}, database);
  const knex = before.strapi.db.connection;
  await knex.schema.createTable('components_place_seekings', (table) => {
    table.increments('id');
    table.string('what');
    table.text('text');
    table.date('expires_on');
  });
  await knex.schema.createTable('components_place_offers', (table) => {
    table.increments('id');
    table.string('kind');
    table.text('text');
  });
  rows = await knex('places').where({ slug: 'kultur-nische' }).select('id', 'document_id', 'locale', 'published_at');
  expect(rows).toHaveLength(4);
  // SQLite answers milliseconds, PostgreSQL a Date.
  const published = rows.find((row) => row.locale === 'de' && row.published_at !== null)?.published_at;
  publishedAt = published instanceof Date ? published : new Date(/^\d+$/.test(String(published)) ? Number(published) : String(published));
  const texts = {
    de: { seeking: ['Eine Mieterin für das Atelier.', ''], offer: 'Lesungen im Laden.' },
    en: { seeking: ['A tenant for the studio.', ''], offer: 'Readings in the shop.' },
  };
  for (const row of rows) {
    const locale = row.locale === 'en' ? 'en' : 'de';
    const [tenant, other] = await Promise.all([
      knex('components_place_seekings').insert({ what: 'tenants', text: texts[locale].seeking[0], expires_on: '2027-03-31' }, ['id']),
      knex('components_place_seekings').insert({ what: 'supporters', text: null, expires_on: null }, ['id']),
    ]);
    const [offer] = await knex('components_place_offers').insert({ kind: 'event_space', text: texts[locale].offer }, ['id']);
    const link = (cmp: { id: number } | number, componentType: string, field: string, order: number) => ({
      entity_id: row.id,
      cmp_id: typeof cmp === 'number' ? cmp : cmp.id,
      component_type: componentType,
      field,
      order,
    });
    await knex('places_cmps').insert([
      link(tenant[0], 'place.seeking', 'seeking', 1),
      link(other[0], 'place.seeking', 'seeking', 2),
      link(offer, 'place.offer', 'offers', 1),
    ]);
  }
  await knex('strapi_migrations').where({ name: MIGRATION }).delete();
  await stopStrapi(before.strapi);
  cms = await startCms({}, database);
});
afterAll(() => cms?.stop());

const ofKulturNische = (locale: string) =>
  cms.strapi.documents(NOTICE).findMany({
    locale,
    status: 'published',
    filters: { place: { slug: 'kultur-nische' }, text: { $ne: 'Ein Ort für Kultur, Handwerk und Kunst in der Salzwedeler Altstadt.' } },
    sort: ['direction:desc', 'text:asc'],
  });

it('turns each seeking and offer of a place into a published notice in its languages, dated by the place\'s publication', async () => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(publishedAt);
  const german = await ofKulturNische('de');
  expect(german.map(({ direction, kind, text, expiresOn, addedOn, isSample }) => ({ direction, kind, text, expiresOn, addedOn, isSample }))).toEqual([
    { direction: 'seeking', kind: 'tenants', text: 'Eine Mieterin für das Atelier.', expiresOn: '2027-03-31', addedOn: day, isSample: false },
    // A component without text takes its kind's German name: a notice needs one.
    { direction: 'seeking', kind: 'supporters', text: 'Unterstützer', expiresOn: null, addedOn: day, isSample: false },
    { direction: 'offer', kind: 'event_space', text: 'Lesungen im Laden.', expiresOn: null, addedOn: day, isSample: false },
  ]);
  const english = (await ofKulturNische('en')).filter(({ documentId }) => german.some((notice) => notice.documentId === documentId));
  expect(Object.fromEntries(english.map(({ documentId, text }) => [documentId, text]))).toEqual({
    [german[0].documentId]: 'A tenant for the studio.',
    [german[2].documentId]: 'Readings in the shop.',
  });
});

it('leaves no component rows, links or holding table behind, and is recorded as run', async () => {
  const knex = cms.strapi.db.connection;
  for (const table of ['components_place_seekings', 'components_place_offers', HELD]) expect(await knex.schema.hasTable(table), table).toBe(false);
  expect(Number((await knex('places_cmps').whereIn('component_type', ['place.seeking', 'place.offer']).count({ n: '*' }))[0].n)).toBe(0);
  expect(await knex('strapi_migrations').where({ name: MIGRATION }).select('name')).toEqual([{ name: MIGRATION }]);
});
