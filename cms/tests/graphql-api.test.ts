import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const PLACES = /* GraphQL */ `
  query Places($filters: PlaceFiltersInput, $pagination: PaginationArg, $sort: [String], $locale: I18NLocaleCode) {
    places_connection(filters: $filters, pagination: $pagination, sort: $sort, locale: $locale) {
      nodes { slug name stage isSample region { slug } themes(pagination: { limit: 5 }) { slug } }
      pageInfo { total page pageSize pageCount }
    }
  }
`;

type PlacesResult = {
  places_connection: {
    nodes: { slug: string; name: string; stage: string; isSample: boolean; region: { slug: string } | null; themes: { slug: string }[] }[];
    pageInfo: { total: number; page: number; pageSize: number; pageCount: number };
  };
};

type Slugged = { slug: string };
type Named = Slugged & { name: string };
type FullPlace = {
  building: { type: string }[];
  cover: { alt: string; media: { url: string; formats: Record<string, unknown> } };
};

const places = async (variables: Record<string, unknown>) => (await cms.graphqlData<PlacesResult>(PLACES, variables)).places_connection;

const allPlaces = () => cms.strapi.documents('api::place.place').findMany({ locale: 'de', status: 'published', populate: ['region', 'themes'], limit: 1000 });

describe('GraphQL content API', () => {
  it('lists places with their relations and counts them', async () => {
    const expected = await allPlaces();
    expect(expected.length).toBeGreaterThanOrEqual(20);
    const result = await places({ pagination: { limit: 100 } });
    expect(result.pageInfo.total).toBe(expected.length);
    expect(result.nodes.map((p) => p.slug).sort()).toEqual(expected.map((p) => p.slug).sort());
  });

  it('filters by region, and by a parent region including its child regions', async () => {
    const all = await allPlaces();
    const altmark = await places({ filters: { region: { slug: { eq: 'altmark' } } }, pagination: { limit: 100 } });
    expect(altmark.nodes.map((p) => p.slug)).toContain('buergermeisterhof');
    expect(altmark.nodes.every((p) => p.region?.slug === 'altmark')).toBe(true);
    expect(altmark.pageInfo.total).toBe(all.filter((p) => p.region?.slug === 'altmark').length);

    const inState = await places({
      filters: { region: { or: [{ slug: { eq: 'sachsen-anhalt' } }, { parent: { slug: { eq: 'sachsen-anhalt' } } }] } },
      pagination: { limit: 100 },
    });
    const slugs = inState.nodes.map((p) => p.slug);
    expect(slugs).toContain('buergermeisterhof');
    expect(slugs).toEqual(expect.arrayContaining(altmark.nodes.map((p) => p.slug)));
    expect(inState.nodes.some((p) => p.region?.slug === 'brandenburg')).toBe(false);
    expect(inState.pageInfo.total).toBeGreaterThan(altmark.pageInfo.total);
  });

  it('filters by theme and by stage', async () => {
    const all = await allPlaces();
    const byTheme = await places({ filters: { themes: { slug: { eq: 'wohnen-bauen' } } }, pagination: { limit: 100 } });
    expect(byTheme.pageInfo.total).toBe(all.filter((p) => (p.themes ?? []).some((t) => t.slug === 'wohnen-bauen')).length);
    expect(byTheme.nodes.every((p) => p.themes.some((t) => t.slug === 'wohnen-bauen'))).toBe(true);

    const active = await places({ filters: { stage: { eq: 'active' } }, pagination: { limit: 100 } });
    expect(active.pageInfo.total).toBe(all.filter((p) => p.stage === 'active').length);
    expect(active.nodes.map((p) => p.slug)).toContain('kultur-nische');
    expect(active.nodes.every((p) => p.stage === 'active')).toBe(true);
  });

  it('paginates and sorts', async () => {
    const total = (await allPlaces()).length;
    const ascending = (await places({ sort: ['name:asc'], pagination: { limit: 100 } })).nodes.map((p) => p.name);
    const descending = (await places({ sort: ['name:desc'], pagination: { limit: 100 } })).nodes.map((p) => p.name);
    expect(ascending).toHaveLength(total);
    expect(descending).toEqual([...ascending].reverse());
    expect(ascending[0]).not.toBe(descending[0]);

    const first = await places({ sort: ['name:asc'], pagination: { page: 1, pageSize: 5 } });
    const second = await places({ sort: ['name:asc'], pagination: { page: 2, pageSize: 5 } });
    expect(first.pageInfo).toMatchObject({ page: 1, pageSize: 5, total, pageCount: Math.ceil(total / 5) });
    expect(second.pageInfo.page).toBe(2);
    expect([...first.nodes, ...second.nodes].map((p) => p.name)).toEqual(ascending.slice(0, 10));
  });

  it('finds one place by slug, with its profile', async () => {
    const { status, body } = await cms.graphql<{ places: FullPlace[] }>(
      `query ($slug: String!) { places(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
        name stage network teaser address { town district state } facts { yearBuilt projectFounded }
        building region { slug name parent { slug } } partners { slug } meetings { slug }
        cover { alt credit licence media { url width height formats } }
      } }`,
      { slug: 'buergermeisterhof' },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const [place] = body.data!.places;
    expect(body.data!.places).toHaveLength(1);
    expect(place).toMatchObject({
      name: 'Bürgermeisterhof',
      stage: 'under_development',
      network: 'kreativorte_im_gruenen',
      address: { town: expect.stringContaining('Salzwedel'), state: 'Sachsen-Anhalt' },
      facts: { yearBuilt: 1543, projectFounded: 2020 },
      region: { slug: 'altmark', parent: { slug: 'sachsen-anhalt' } },
    });
    expect(place.building[0]).toMatchObject({ type: 'paragraph' });
    expect(place.cover.alt.length).toBeGreaterThan(5);
    expect(place.cover.media.url).toMatch(/^\/uploads\/.+\.jpg$/);
    expect(Object.keys(place.cover.media.formats)).toEqual(expect.arrayContaining(['thumbnail', 'small']));

    const unknown = await cms.graphqlData<{ places: Named[] }>(`{ places(filters: { slug: { eq: "gibt-es-nicht" } }) { name } }`);
    expect(unknown.places).toEqual([]);
  });

  it('serves English content with locale en and falls back to nothing silently', async () => {
    const de = await cms.graphqlData<{ themes: Named[] }>(`{ themes(sort: "slug") { slug name } }`);
    const en = await cms.graphqlData<{ themes: Named[] }>(`{ themes(locale: "en", sort: "slug") { slug name } }`);
    expect(de.themes.map((t) => t.slug)).toEqual(en.themes.map((t) => t.slug));
    expect(de.themes.find((t) => t.slug === 'wohnen-bauen')?.name).toBe('Wohnen & Bauen');
    expect(en.themes.find((t) => t.slug === 'wohnen-bauen')?.name).toMatch(/Living/);

    type English = { locale: string; teaser: string; region: Named; themes: { name: string }[] };
    const place = await cms.graphqlData<{ places: English[] }>(
      `{ places(locale: "en", filters: { slug: { eq: "buergermeisterhof" } }) { name locale teaser region { name slug } themes { name } } }`,
    );
    const [english] = place.places;
    expect(english.locale).toBe('en');
    expect(english.region.slug).toBe('altmark');
    expect(english.themes.length).toBeGreaterThan(0);
    const german = await cms.graphqlData<{ places: { teaser: string }[] }>(`{ places(filters: { slug: { eq: "buergermeisterhof" } }) { teaser } }`);
    expect(english.teaser).not.toBe(german.places[0].teaser);
  });

  it('lists the undated Stendal meeting with its hosts and workshops', async () => {
    const { meetings } = await cms.graphqlData<{ meetings: { hosts: Slugged[]; workshops: unknown[] }[] }>(`{ meetings(filters: { slug: { eq: "netzwerktreffen-stendal" } }, pagination: { limit: 1 }) {
      title startsAt endsAt moderator isSample venuePartner { slug } hosts { slug } moderationPartner { slug }
      workshops { title guidingQuestion } region { slug }
    } }`);
    const [meeting] = meetings;
    expect(meeting).toMatchObject({
      startsAt: null,
      endsAt: null,
      moderator: 'Antje Schmidt',
      isSample: false,
      venuePartner: { slug: 'daily-am-dom' },
      moderationPartner: { slug: 'agentur-initialzuender' },
      region: { slug: 'altmark' },
    });
    expect(meeting.hosts.map((h) => h.slug).sort()).toEqual(['art-altmark', 'img-sachsen-anhalt']);
    expect(meeting.workshops).toHaveLength(2);
  });
});
