import { describe, expect, it } from 'vitest';
import { DirectoryDocument, HomeDocument, PlaceProfileDocument, PlacesNearbyDocument, RegionShowcaseDocument } from '../cms/generated/graphql';
import { directoryFilters, directorySort, inRegion } from '../cms/places';
import { parseDirectoryParams } from '../directory-params';
import { collectingTags, listTags, recordTags, tagsOfAnswer } from './tags';

const place = (documentId: string, slug: string) => ({
  documentId,
  slug,
  region: { documentId: 'region-altmark', slug: 'altmark', name: 'Altmark' },
  themes: [{ documentId: 'theme-kunst', slug: 'kunst', name: 'Kunst' }],
});

describe('cache tags', () => {
  it('tags a lookup with the entries it shows, and the lists of related entries under them, never as a listing', () => {
    const answer = { places: [place('ort-a', 'alte-molkerei')], german: undefined };
    const tags = tagsOfAnswer(PlaceProfileDocument, { slug: 'alte-molkerei', withGerman: false }, answer);
    expect([...tags].sort()).toEqual(['ort-a', 'region-altmark', 'related:ort-a', 'theme-kunst']);
  });

  it('tags a lookup that found nothing as a listing, so that the publish that makes it exist renews it', () => {
    expect(tagsOfAnswer(PlaceProfileDocument, { slug: 'neu' }, { places: [] })).toEqual(new Set(['list:places']));
    const untranslated = { places: [], german: [place('ort-a', 'alte-molkerei')] };
    expect(tagsOfAnswer(PlaceProfileDocument, { slug: 'alte-molkerei', withGerman: true }, untranslated)).not.toContain('list:places');
  });

  it('tags a listing pinned to one region by that region, with the filters from variables', () => {
    const filters = { and: [{ isSample: { eq: false } }, { region: { slug: { eq: 'altmark' } } }, { slug: { ne: 'alte-molkerei' } }] };
    const tags = tagsOfAnswer(PlacesNearbyDocument, { filters }, { places: [place('ort-b', 'kulturhof')] });
    expect(tags).toContain('list:places:region=altmark');
    expect(tags).not.toContain('list:places');
    expect([...tags].filter((tag) => tag.includes(':by=')).sort()).toEqual(['list:places:by=isSample', 'list:places:by=name', 'list:places:by=slug']);
  });

  it('tags a listing that no single condition pins as a listing of the whole collection', () => {
    const answer = { places_connection: { nodes: [], pageInfo: { total: 0 } } };
    const ordered = ['list:places:by=name', 'list:places:by=slug'];
    const sort = ['name:asc', 'slug:asc'];
    expect(tagsOfAnswer(DirectoryDocument, { filters: inRegion('altmark'), sort, page: 1, pageSize: 20 }, answer)).toEqual(new Set(['list:places', 'list:places:by=region', ...ordered]));
    expect(tagsOfAnswer(DirectoryDocument, { sort, page: 1, pageSize: 20 }, answer)).toEqual(new Set(['list:places', ...ordered]));
  });

  it("tags the directory from a hub by the hub's minutes, which it filters and orders by", () => {
    const answer = { places_connection: { nodes: [], pageInfo: { total: 0 } } };
    const params = parseDirectoryParams(new URLSearchParams('von=berlin&minuten=90'));
    expect(tagsOfAnswer(DirectoryDocument, { filters: directoryFilters(params, true), sort: directorySort(params), page: 1, pageSize: 12 }, answer)).toEqual(
      new Set(['list:places', 'list:places:by=minutesFromBerlin', 'list:places:by=name', 'list:places:by=slug']),
    );
  });

  it('tags aliased root fields by their field, and gives single types no listing tag', () => {
    const answer = { homepage: { documentId: 'home' }, real: { pageInfo: { total: 3 } }, regions: [], themes_connection: { pageInfo: { total: 2 } } };
    const tags = tagsOfAnswer(HomeDocument, {}, answer);
    expect(tags).toContain('home');
    expect(tags).toContain('list:places');
    expect(tags).toContain('list:regions');
    expect(tags).toContain('list:themes');
    expect([...tags].some((tag) => tag.startsWith('list:homepage'))).toBe(false);
  });

  it('tags the child regions of a region by their parent', () => {
    const tags = tagsOfAnswer(RegionShowcaseDocument, { slug: 'sachsen-anhalt' }, { regions: [], children: [], places_connection: { nodes: [] } });
    expect(tags).toContain('list:regions:parent=sachsen-anhalt');
  });

  it('reads a filter on a unique key as a lookup, and a relation pinned by slug as a scope', () => {
    expect(listTags('places', { slug: { eq: 'a' } }, 'name')).toEqual([]);
    expect(listTags('places', { and: [{ documentId: { eq: 'x' } }] }, 'name')).toEqual([]);
    expect(listTags('places', { slug: { ne: 'a' } }, 'name')).toEqual(['list:places', 'list:places:by=slug', 'list:places:by=name']);
    expect(listTags('places', { or: [{ slug: { eq: 'a' } }] }, 'name')).toEqual(['list:places', 'list:places:by=slug', 'list:places:by=name']);
    expect(listTags('places', { themes: { slug: { eq: 'kunst' } } }, 'name')).toEqual(['list:places:themes=kunst', 'list:places:by=name']);
  });

  it('tags a listing by the fields it is filtered and ordered by, which a change of any entry may reorder', () => {
    const search = { or: [{ name: { containsi: 'hof' } }, { teaser: { containsi: 'hof' } }, { address: { town: { containsi: 'hof' } } }], not: { stage: { eq: 'idea' } } };
    expect(listTags('places', search, ['startsAt:desc', 'region.name'])).toEqual(['list:places', ...['name', 'teaser', 'address', 'stage', 'startsAt', 'region'].map((field) => `list:places:by=${field}`)]);
    // Unsorted, rows come in the database's order, which a publish changes; a count has none.
    expect(listTags('places', undefined, undefined)).toEqual(['list:places', 'list:places:by=publishedAt']);
    expect(listTags('places', undefined, undefined, false)).toEqual(['list:places']);
  });

  it('collects what each render read, apart from the renders beside it', async () => {
    const [first, second] = await Promise.all([
      collectingTags(async () => {
        recordTags(['a']);
        await new Promise((done) => setTimeout(done, 5));
        recordTags(['b']);
      }),
      collectingTags(() => recordTags(['c'])),
    ]);
    expect([...first.tags]).toEqual(['a', 'b']);
    expect([...second.tags]).toEqual(['c']);
    recordTags(['outside any render']);
  });
});
