import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';

const { INDEXES, SEARCH_STATISTICS, ensureIndexes } = compiledModule<typeof import('../src/database/indexes')>('database/indexes');
const names: string[] = INDEXES.map((index: { name: string }) => index.name);

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

/** The definitions of our indexes as the database reports them, by name. */
const definitions = async (): Promise<Record<string, string>> => {
  const knex = cms.strapi.db.connection;
  const rows =
    cms.database === 'sqlite'
      ? await knex('sqlite_master').select({ name: 'name', definition: 'sql' }).where('type', 'index').whereIn('name', names)
      : await knex('pg_indexes').select({ name: 'indexname', definition: 'indexdef' }).whereIn('indexname', names);
  return Object.fromEntries(rows.map((row: { name: string; definition: string }) => [row.name, row.definition]));
};

describe('database indexes', () => {
  it('exist after boot: slugs of every paged type, the directory (by name and from each hub) limited to published rows', async () => {
    const found = await definitions();
    expect(Object.keys(found).sort()).toEqual([...names].sort());
    expect(found.place_slug_locale_idx).toMatch(/\bplaces\b.*\(.*slug.*locale.*\)/);
    expect(found.place_directory_idx).toMatch(/\(.*locale.*name.*slug.*id.*\).*WHERE.*published_at.*IS NOT NULL/i);
    expect(found.place_minutes_from_berlin_idx).toMatch(/\(.*locale.*minutes_from_berlin.*name.*slug.*id.*\).*WHERE.*published_at.*IS NOT NULL/i);
  });

  it('are created idempotently, and again when a schema change has dropped them', async () => {
    const before = await definitions();
    await ensureIndexes(cms.strapi);
    expect(await definitions()).toEqual(before);

    await cms.strapi.db.connection.raw('DROP INDEX place_directory_idx');
    expect(Object.keys(await definitions())).not.toContain('place_directory_idx');
    await ensureIndexes(cms.strapi);
    expect(await definitions()).toEqual(before);
  });

  it('on PostgreSQL, include statistics of the search expressions, filled at once', async ({ skip }) => {
    if (cms.database !== 'postgres') skip();
    const statistics = SEARCH_STATISTICS.map((s: { name: string }) => s.name);
    const rows = await cms.strapi.db.connection('pg_stats_ext_exprs').select('statistics_name', 'expr').whereIn('statistics_name', statistics);
    // e.g. lower(((name)::character varying)::text)
    expect(rows.map((row: { expr: string }) => /^lower\(\(\((\w+)\)/.exec(row.expr)?.[1]).sort()).toEqual(['name', 'teaser', 'town']);
  });
});
