import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, previewToken, startCms, type Cms } from './support/cms';

// Relations of sibling parents load in batches (src/strapi-patches/relation-loader.ts); a
// field with a single parent keeps plugin-graphql's own resolver. So asking for one entry at a
// time answers as the plugin does, and every list must answer the same for each of its entries.

let cms: Cms;
const EXTRA_PLACES = 45;
const DRAFT_NAME = 'ENTWURF Partnername';
const DRAFT_ONLY = 'nur-entwurf-partner';

const documents = (uid: 'api::place.place' | 'api::partner.partner') => cms.strapi.documents(uid);
const documentIdOf = async (uid: 'api::region.region' | 'api::theme.theme' | 'api::partner.partner', slug: string) =>
  (await cms.strapi.documents(uid).findFirst({ filters: { slug }, ...(uid === 'api::partner.partner' ? {} : { locale: 'de' }) }))!.documentId;

beforeAll(async () => {
  // Every query here must be resolved, not answered from memory.
  cms = await startCms({ GRAPHQL_CACHE_MB: '0' });
  const regions = await Promise.all(['altmark', 'sachsen-anhalt', 'brandenburg'].map((slug) => documentIdOf('api::region.region', slug)));
  const themes = await Promise.all(['wohnen-bauen', 'arbeiten-wirtschaft', 'leben-tourismus'].map((slug) => documentIdOf('api::theme.theme', slug)));
  const partners = await Promise.all(['daily-am-dom', 'zimmerei-elbholz', 'landwerk-genossenschaft'].map((slug) => documentIdOf('api::partner.partner', slug)));
  const draftOnly = await documents('api::partner.partner').create({ data: { name: 'Nur ein Entwurf', slug: DRAFT_ONLY, kind: 'business', isSample: false } });
  const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'image/jpeg' } });
  const image = (alt: string) => ({ media: file.id, alt, credit: 'Test', licence: 'CC BY 4.0' });

  // Places with every mix of region, themes, partners and images, some also in English.
  for (let i = 0; i < EXTRA_PLACES; i++) {
    const relations = {
      region: regions[i % 3],
      themes: themes.slice(i % 3, 1 + (i % 4)),
      partners: [...partners.slice(0, i % 4), ...(i % 5 === 0 ? [draftOnly.documentId] : [])],
      address: { town: `Ort ${i}`, state: 'Sachsen-Anhalt' },
      cover: i % 6 === 0 ? undefined : image(`Titelbild ${i}`),
      gallery: Array.from({ length: i % 4 }, (_, n) => image(`Galerie ${i}-${n}`)),
    };
    const place = await documents('api::place.place').create({
      locale: 'de',
      status: 'published',
      data: { name: `Ladeprobe ${i}`, slug: `ladeprobe-${i}`, teaser: 'Ladeprobe', stage: 'idea', network: 'other', isSample: false, ...relations },
    });
    if (i % 3 === 0) {
      await documents('api::place.place').update({
        documentId: place.documentId,
        locale: 'en',
        status: 'published',
        data: { name: `Load test ${i}`, slug: `ladeprobe-${i}`, teaser: 'Load test', ...relations },
      });
    }
  }
  // A published partner whose draft has changed: published lists must keep the published name.
  await documents('api::partner.partner').update({ documentId: partners[0], data: { name: DRAFT_NAME } });
}, 180_000);
afterAll(() => cms?.stop());

const PLACE_FIELDS = /* GraphQL */ `
  documentId
  slug
  region { name parent { slug } }
  themes(sort: "name:desc", pagination: { start: 1, limit: 1 }) { name }
  themes_connection(pagination: { limit: 2 }) { nodes { slug } }
  partners(filters: { name: { contains: "e" } }, sort: "slug", pagination: { limit: 2 }) { slug name }
  address { town }
  cover { alt media { url } }
  gallery(pagination: { start: 1, limit: 1 }) { alt media { url } }
`;

type Entry = { documentId: string } & Record<string, unknown>;

/** Each entry of a list, asked for alone with the same fields and arguments. */
const eachAlone = async (field: 'place' | 'partner', list: Entry[], fields: string, args: string, headers: Record<string, string> = {}) => {
  const alone = [];
  for (const { documentId } of list) {
    const result = await cms.graphqlData<Record<string, Entry>>(`query ($id: ID!) { ${field}(documentId: $id${args}) { ${fields} } }`, { id: documentId }, headers);
    alone.push(result[field]);
  }
  return alone;
};

describe('a list loads relations in batches', () => {
  it('answers for each place what the place answers alone', async () => {
    const { places } = await cms.graphqlData<{ places: Entry[] }>(`{ places(pagination: { limit: 50 }, sort: "slug") { ${PLACE_FIELDS} } }`);
    expect(places).toHaveLength(50);
    expect(places.filter((p) => Array.isArray(p.gallery) && p.gallery.length > 0).length).toBeGreaterThan(5);
    expect(places).toEqual(await eachAlone('place', places, PLACE_FIELDS, ''));
  });

  it('keeps the pagination, sort and filters of nested lists for each parent', async () => {
    const fields = /* GraphQL */ `
      documentId
      slug
      places(pagination: { start: 1, limit: 3 }, sort: "name:desc", filters: { region: { slug: { ne: "brandenburg" } } }) { slug region { slug } }
      places_connection(pagination: { page: 2, pageSize: 2 }) { nodes { slug } }
    `;
    const { partners } = await cms.graphqlData<{ partners: Entry[] }>(`{ partners(pagination: { limit: 20 }, sort: "slug") { ${fields} } }`);
    const daily = partners.find((p) => p.slug === 'daily-am-dom')!;
    expect(daily.places).toHaveLength(3);
    expect(partners).toEqual(await eachAlone('partner', partners, fields, ''));
  });

  it('keeps drafts out of published lists, and shows previews the drafts each place shows alone', async () => {
    const published = await cms.graphqlData<{ places: Entry[] }>(`{ places(pagination: { limit: 60 }, sort: "slug") { documentId partners(pagination: { limit: 5 }) { slug name } } }`);
    const names = JSON.stringify(published.places);
    expect(names).not.toContain(DRAFT_NAME);
    expect(names).not.toContain(DRAFT_ONLY);
    expect(names).toContain('DAILY AM DOM');

    const preview = bearer(previewToken());
    const drafts = await cms.graphqlData<{ places: Entry[] }>(`{ places(pagination: { limit: 60 }, sort: "slug", status: DRAFT) { documentId partners(pagination: { limit: 5 }) { slug name } } }`, {}, preview);
    expect(JSON.stringify(drafts.places)).toContain(DRAFT_NAME);
    expect(JSON.stringify(drafts.places)).toContain(DRAFT_ONLY);
    expect(drafts.places).toEqual(await eachAlone('place', drafts.places, 'documentId partners(pagination: { limit: 5 }) { slug name }', ', status: DRAFT', preview));
  });

  it('loads the relations of the locale asked for', async () => {
    const { places } = await cms.graphqlData<{ places: Entry[] }>(`{ places(pagination: { limit: 50 }, sort: "slug", locale: "en") { ${PLACE_FIELDS} } }`);
    expect(places.length).toBeGreaterThan(10);
    expect(JSON.stringify(places)).toContain('Saxony-Anhalt');
    expect(JSON.stringify(places)).not.toContain('Wohnen & Bauen');
    expect(places).toEqual(await eachAlone('place', places, PLACE_FIELDS, ', locale: "en"'));
  });
});

describe('the SQL queries of a list', () => {
  const countQueries = async (limit: number) => {
    let count = 0;
    const onQuery = () => void count++;
    cms.strapi.db.connection.on('query', onQuery);
    try {
      const { places } = await cms.graphqlData<{ places: Entry[] }>(`{ places(pagination: { limit: ${limit} }, sort: "slug") { ${PLACE_FIELDS} } }`);
      expect(places).toHaveLength(limit);
    } finally {
      cms.strapi.db.connection.off('query', onQuery);
    }
    return count;
  };

  it('do not grow with the number of places', async () => {
    await countQueries(10);
    const ten = await countQueries(10);
    const fifty = await countQueries(50);
    expect(fifty).toBe(ten);
    // Root query, permissions, and two queries per relation field and nesting level.
    expect(fifty).toBeLessThanOrEqual(30);
  });
});
