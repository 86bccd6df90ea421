import type { Core } from '@strapi/strapi';
import { HELD_NOTICES } from '../../src/notices/held';

/**
 * What places sought and offered was two repeatable components of the place (Strapi 5.54's tables
 * `components_place_seekings` and `components_place_offers`, linked in `places_cmps`); now it is
 * the type `api::notice.notice`. Strapi's schema sync, which runs after this, would drop those
 * tables with their rows, and notices can only be made through the document service once Strapi
 * runs. So this moves each row, with its place's documentId, locale, publication and sample flag,
 * into a holding table of ours; at bootstrap src/notices/migrate.ts turns them into notices and
 * drops it. A database without the component tables (a new one) has nothing to move.
 */
const SOURCES = [
  { table: 'components_place_seekings', type: 'place.seeking', field: 'seeking', direction: 'seeking', kind: 'what', expires: 'expires_on' },
  { table: 'components_place_offers', type: 'place.offer', field: 'offers', direction: 'offer', kind: 'kind', expires: null },
] as const;
const CHUNK = 500;

type Knex = Core.Strapi['db']['connection'];

export async function up(knex: Knex) {
  const sources = [];
  for (const source of SOURCES) if (await knex.schema.hasTable(source.table)) sources.push(source);
  if (!sources.length) return;
  if (!(await knex.schema.hasTable(HELD_NOTICES))) {
    await knex.schema.createTable(HELD_NOTICES, (table) => {
      table.increments('id');
      table.string('place_document_id').notNullable();
      table.string('locale').notNullable();
      table.timestamp('place_published_at').nullable();
      table.timestamp('place_created_at').nullable();
      table.boolean('place_is_sample').nullable();
      table.string('direction').notNullable();
      table.string('kind').notNullable();
      table.text('text').nullable();
      table.date('expires_on').nullable();
      table.double('position').nullable();
    });
  }
  for (const source of sources) {
    const rows = await knex(`${source.table} as c`)
      .join('places_cmps as l', 'l.cmp_id', 'c.id')
      .join('places as p', 'p.id', 'l.entity_id')
      .where({ 'l.component_type': source.type, 'l.field': source.field })
      .select({
        place_document_id: 'p.document_id',
        locale: 'p.locale',
        place_published_at: 'p.published_at',
        place_created_at: 'p.created_at',
        place_is_sample: 'p.is_sample',
        kind: `c.${source.kind}`,
        text: 'c.text',
        position: 'l.order',
        ...(source.expires && { expires_on: `c.${source.expires}` }),
      });
    const held = rows.map((row: Record<string, unknown>) => ({ ...row, direction: source.direction }));
    for (let i = 0; i < held.length; i += CHUNK) await knex(HELD_NOTICES).insert(held.slice(i, i + CHUNK));
    await knex('places_cmps').where({ component_type: source.type }).delete();
    await knex.schema.dropTable(source.table);
  }
}

export async function down() {
  throw new Error('What places sought and offered is notices now; the components cannot be restored from them.');
}
