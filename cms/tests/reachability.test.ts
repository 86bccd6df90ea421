import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { refusal } from './support/refusal';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const FROM_BERLIN = /* GraphQL */ `
  query FromBerlin($filters: PlaceFiltersInput, $sort: [String]) {
    places_connection(filters: $filters, sort: $sort, pagination: { pageSize: 100 }, locale: "de") {
      nodes { slug name minutesFromBerlin minutesFromHamburg hubTimesBasis }
      pageInfo { total }
    }
  }
`;
type Node = { slug: string; name: string; minutesFromBerlin: number | null; minutesFromHamburg: number | null; hubTimesBasis: string | null };

const query = async (variables: Record<string, unknown>) =>
  (await cms.graphqlData<{ places_connection: { nodes: Node[]; pageInfo: { total: number } } }>(FROM_BERLIN, variables)).places_connection;

const places = () => cms.strapi.documents('api::place.place');

describe('travel times from the hubs', () => {
  it('filter (lte) and sort (asc) as plain GraphQL fields: only places with a known time, quickest first', async () => {
    const all = await places().findMany({ locale: 'de', status: 'published', limit: 1000 });
    const expected = all
      .filter((p) => typeof p.minutesFromBerlin === 'number' && p.minutesFromBerlin <= 90)
      .sort((a, b) => Number(a.minutesFromBerlin) - Number(b.minutesFromBerlin) || String(a.name).localeCompare(String(b.name), 'en'));
    // The seed has places on both sides of 90 minutes, and one without any time.
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(all.some((p) => typeof p.minutesFromBerlin === 'number' && p.minutesFromBerlin > 90)).toBe(true);
    expect(all.some((p) => p.minutesFromBerlin === null)).toBe(true);

    const result = await query({ filters: { minutesFromBerlin: { lte: 90 } }, sort: ['minutesFromBerlin:asc', 'name:asc', 'slug:asc'] });
    expect(result.nodes.map((p) => p.slug)).toEqual(expected.map((p) => p.slug));
    expect(result.pageInfo.total).toBe(expected.length);
    const minutes = result.nodes.map((p) => p.minutesFromBerlin);
    expect(minutes).toEqual([...minutes].sort((a, b) => Number(a) - Number(b)));
  });

  it('give the real places only what the facts support, station to station', async () => {
    const { nodes } = await query({ filters: { slug: { in: ['buergermeisterhof', 'kultur-nische'] } } });
    expect(nodes).toHaveLength(2);
    for (const place of nodes) {
      // Berlin Hbf → Stendal 50 min, Stendal → Salzwedel 90 min; nothing is known from Hamburg.
      expect(place).toMatchObject({ minutesFromBerlin: 140, minutesFromHamburg: null, hubTimesBasis: 'station_to_station' });
    }
  });

  it('refuse a time out of range, and times without what they measure, in German on the field', async () => {
    const { documentId } = (await places().findFirst({ filters: { slug: 'alte-schmiede-beetzendorf' }, locale: 'de' }))!;
    expect(await refusal(places().update({ documentId, locale: 'de', data: { minutesFromBerlin: 0 } }))).toEqual({
      minutesFromBerlin: expect.stringMatching(/ab Berlin.*von 1 bis 1440/),
    });
    expect(await refusal(places().update({ documentId, locale: 'de', data: { minutesFromLeipzig: 75 } }))).toEqual({
      hubTimesBasis: expect.stringMatching(/Bahnhof zu Bahnhof oder von Tür zu Tür/),
    });
    await places().update({ documentId, locale: 'de', data: { minutesFromLeipzig: 75, hubTimesBasis: 'door_to_door' } });
    // The basis stored, a later change of a time alone is fine.
    await expect(places().update({ documentId, locale: 'de', data: { minutesFromLeipzig: 80 } })).resolves.toMatchObject({ minutesFromLeipzig: 80 });
  });
});
