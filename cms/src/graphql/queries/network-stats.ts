import type { Core } from '@strapi/strapi';
import { PLACE, REGION, THEME } from '../../content-types';

type Args = { includeSamples?: boolean | null; locale?: string | null };
type Ref = { documentId: string };
type PlaceRow = Ref & { stage: string; network: string; region: Ref | null; themes: Ref[] };
type NamedRow = Ref & { slug: string; name: string; locale: string; parent?: Ref | null };

/** One entry per document, named in the wanted locale, else in the default one. */
const byDocument = (rows: NamedRow[], locales: string[]) => {
  const rank = (row: NamedRow) => (locales.includes(row.locale) ? locales.indexOf(row.locale) : locales.length);
  const documents = new Map<string, NamedRow>();
  for (const row of rows) {
    const kept = documents.get(row.documentId);
    if (!kept || rank(row) < rank(kept)) documents.set(row.documentId, row);
  }
  return [...documents.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
};

const counter = () => {
  const counts = new Map<string, number>();
  return { add: (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n), get: (key: string) => counts.get(key) ?? 0 };
};

/**
 * `networkStats`: how many published places the network has, by region, theme, stage and
 * network. A place counts once however many languages it has, so the numbers are the same in
 * German and English; `locale` only chooses the names of regions and themes. A place in a
 * child region (Altmark) counts for that region's `count`; every ancestor's `total` includes it.
 */
export const networkStats = ({ strapi }: { strapi: Core.Strapi }) => {
  const attribute = (name: 'stage' | 'network') => strapi.getModel(PLACE).attributes[name].enum;

  return {
    typeDefs: /* GraphQL */ `
      "Counts of published places; sample places only with includeSamples: true."
      type NetworkStats {
        "Every counted place once."
        total: Int!
        "Every region, by slug."
        byRegion: [NetworkStatsRegion!]!
        "Every theme, by slug. A place with several themes counts for each."
        byTheme: [NetworkStatsTheme!]!
        "Every stage of development."
        byStage: [NetworkStatsStage!]!
        "Every network."
        byNetwork: [NetworkStatsNetwork!]!
      }

      "The places of one region."
      type NetworkStatsRegion {
        "The region's slug."
        slug: String!
        "The region's name in the language asked for (German where it has no translation)."
        name: String!
        "The slug of the region this one lies in, if any."
        parent: String
        "Places in exactly this region."
        count: Int!
        "Places in this region and in the regions inside it, at any depth."
        total: Int!
      }

      "The places of one theme."
      type NetworkStatsTheme {
        "The theme's slug."
        slug: String!
        "The theme's name in the language asked for (German where it has no translation)."
        name: String!
        "Places with this theme."
        count: Int!
      }

      "The places at one stage of development."
      type NetworkStatsStage {
        "The stage."
        stage: ENUM_PLACE_STAGE!
        "Places at this stage."
        count: Int!
      }

      "The places of one network."
      type NetworkStatsNetwork {
        "The network."
        network: ENUM_PLACE_NETWORK!
        "Places in this network."
        count: Int!
      }

      extend type Query {
        "Counts of published places by region, theme, stage and network."
        networkStats(
          "Whether sample places (isSample: true) are counted too."
          includeSamples: Boolean = false
          locale: I18NLocaleCode
        ): NetworkStats!
      }
    `,
    resolvers: {
      Query: {
        async networkStats(_parent: unknown, args: Args) {
          const defaultLocale: string = await strapi.plugin('i18n').service('locales').getDefaultLocale();
          const locales = [args.locale ?? defaultLocale, defaultLocale];

          // Published rows of every locale; each place is counted once, from any of its rows,
          // because stage and network are not localized and each locale links the same region
          // and theme documents.
          const [placeRows, regionRows, themeRows]: [PlaceRow[], NamedRow[], NamedRow[]] = await Promise.all([
            strapi.db.query(PLACE).findMany({
              where: { publishedAt: { $notNull: true }, ...(args.includeSamples ? {} : { isSample: false }) },
              select: ['documentId', 'stage', 'network'],
              populate: { region: { select: ['documentId'] }, themes: { select: ['documentId'] } },
            }),
            strapi.db.query(REGION).findMany({
              select: ['documentId', 'slug', 'name', 'locale'],
              populate: { parent: { select: ['documentId'] } },
            }),
            strapi.db.query(THEME).findMany({ select: ['documentId', 'slug', 'name', 'locale'] }),
          ]);
          const places = [...new Map(placeRows.map((row) => [row.documentId, row])).values()];

          const [inRegion, withTheme, inStage, inNetwork] = [counter(), counter(), counter(), counter()];
          for (const place of places) {
            if (place.region) inRegion.add(place.region.documentId);
            for (const theme of new Set(place.themes.map((t) => t.documentId))) withTheme.add(theme);
            inStage.add(place.stage);
            inNetwork.add(place.network);
          }

          const regions = byDocument(regionRows, locales);
          const parentOf = new Map(regions.map((r) => [r.documentId, r.parent?.documentId]));
          const slugOf = new Map(regions.map((r) => [r.documentId, r.slug]));
          const totals = counter();
          for (const region of regions) {
            // Walks up the parents; `seen` stops at a cycle an editor might have made.
            const seen = new Set<string>();
            for (let id: string | undefined = region.documentId; id && !seen.has(id); id = parentOf.get(id)) {
              seen.add(id);
              totals.add(id, inRegion.get(region.documentId));
            }
          }

          return {
            total: places.length,
            byRegion: regions.map((r) => ({
              slug: r.slug,
              name: r.name,
              parent: (r.parent && slugOf.get(r.parent.documentId)) ?? null,
              count: inRegion.get(r.documentId),
              total: totals.get(r.documentId),
            })),
            byTheme: byDocument(themeRows, locales).map((t) => ({ slug: t.slug, name: t.name, count: withTheme.get(t.documentId) })),
            byStage: attribute('stage').map((stage) => ({ stage, count: inStage.get(stage) })),
            byNetwork: attribute('network').map((network) => ({ network, count: inNetwork.get(network) })),
          };
        },
      },
    },
    resolversConfig: {
      'Query.networkStats': { auth: { scope: [`${PLACE}.find`, `${REGION}.find`, `${THEME}.find`] } },
    },
  };
};
