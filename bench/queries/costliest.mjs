// The most expensive queries the public GraphQL API lets through, one of each kind. Each takes a
// size n; at `allowed` its cost is within the limit (maxCost), at `allowed + 1` beyond it.
// `cost(n)` is the model of cms/src/graphql/cost/list-cost.ts (weights in
// cms/config/plugins.ts) worked out by hand: every object counts 1, a list multiplies what is
// below it by its page size (a nested relation list by its target's rows if fewer, a repeatable
// component by its cap in cms/src/documents/repeatable-caps.ts), each relation a list's filters
// or sort go through counts 50, placesNear 200 and networkStats 250. `rows` are the rows of a
// nested list's target where they bound it: the seeded CMS has fewer places than a page of 100.
// bench/query-cost.mjs measures them; cms/tests/query-cost.test.ts checks their limits.

export const MAX_COST = 1000;

const PLACE_FIELDS =
  'documentId slug name teaser stage network isSample website locale translationStatus createdAt updatedAt publishedAt building location town people livingAndWorking';

/** Twelve objects per place: itself, address, geo, facts, contact, region and its parent, cover and its media, seo, its image and that image's media. */
const PLACE_WITH_OBJECTS = `${PLACE_FIELDS} address { street postalCode town district state } geo { latitude longitude } facts { yearBuilt floorArea formerUse residents workplaces } contact { name email phone } region { slug name parent { slug name } } cover { alt credit licence media { url width height formats } } seo { metaTitle metaDescription shareImage { alt media { url formats } } }`;

/** GraphQL Armor allows 15 aliases. */
/**
 * @param {number} count
 * @param {string} field
 */
const aliased = (count, field) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

export const COSTLIEST = [
  {
    name: 'wide',
    what: 'places with every field and every single object below them',
    query: (/** @type {number} */ n) => `{ places(pagination: { limit: ${n} }) { ${PLACE_WITH_OBJECTS} } }`,
    cost: (/** @type {number} */ n) => 12 * n,
    allowed: 83,
  },
  {
    name: 'fan-out',
    what: 'partners, each with a full page of places with their region and cover',
    query: (/** @type {number} */ n) =>
      `{ partners(pagination: { limit: ${n} }, filters: { places: { slug: { notNull: true } } }) { slug places(pagination: { limit: 100 }) { ${PLACE_FIELDS} region { name } cover { alt } } } }`,
    cost: (/** @type {number} */ n, /** @type {{ places?: number }} */ rows = {}) => n + 3 * Math.min(100, rows.places ?? 100) * n + 50,
    allowed: 3,
  },
  {
    name: 'deep',
    what: 'four nested lists',
    query: (/** @type {number} */ n) =>
      `{ partners(pagination: { limit: ${n} }) { slug places(pagination: { limit: 10 }) { slug partners(pagination: { limit: 5 }) { slug places(pagination: { limit: 1 }) { slug } } } } }`,
    cost: (/** @type {number} */ n) => 111 * n,
    allowed: 9,
  },
  {
    name: 'small lists',
    what: 'places with their themes (3 in 2 locales: 6 rows) and every repeatable component at its cap',
    query: (/** @type {number} */ n) =>
      `{ places(pagination: { limit: ${n} }) { slug themes { name } travelTimes { minutes } gallery { alt media { url } } } }`,
    cost: (/** @type {number} */ n) => n * (1 + 6 + 5 + 2 * 8),
    allowed: 35,
  },
  {
    name: 'connection totals',
    what: '15 connections, each counting the places matching a text search',
    query: (/** @type {number} */ n) =>
      aliased(15, `places_connection(filters: { or: [{ name: { containsi: "e" } }, { teaser: { containsi: "a" } }] }, pagination: { pageSize: ${n} }) { pageInfo { total pageCount } nodes { slug teaser } }`),
    cost: (/** @type {number} */ n) => 15 * (2 + n),
    allowed: 64,
  },
  {
    name: 'relation filters',
    what: '3 lists, each filtered through six relations and components',
    query: (/** @type {number} */ n) =>
      aliased(
        3,
        `places(pagination: { limit: ${n} }, filters: { or: [{ partners: { name: { containsi: "a" } } }, { themes: { name: { containsi: "a" } } }, { region: { parent: { name: { containsi: "a" } } } }, { meetings: { title: { containsi: "a" } } }, { address: { town: { containsi: "a" } } }] }) { slug }`,
      ),
    cost: (/** @type {number} */ n) => 3 * (6 * 50 + n),
    allowed: 33,
  },
  {
    name: 'relation sorts',
    what: '4 lists, each sorted through four relations',
    query: (/** @type {number} */ n) => aliased(4, `places(pagination: { limit: ${n} }, sort: ["partners.name:desc", "region.parent.name", "themes.name"]) { slug }`),
    cost: (/** @type {number} */ n) => 4 * (4 * 50 + n),
    allowed: 50,
  },
  {
    name: 'placesNear',
    what: '4 searches within 1,000 km of a point, each reading every place',
    query: (/** @type {number} */ n) => aliased(4, `placesNear(lat: 52.6, lng: 11.86, radiusKm: 1000, limit: ${n}, includeSamples: true) { distanceKm place { slug } }`),
    cost: (/** @type {number} */ n) => 4 * (200 + 2 * n),
    allowed: 25,
  },
  {
    name: 'networkStats',
    what: 'n statistics over every place (its four lists count 25 each)',
    query: (/** @type {number} */ n) => aliased(n, `networkStats(includeSamples: true) { total byRegion { slug count total } byTheme { slug count } byStage { stage count } byNetwork { network count } }`),
    cost: (/** @type {number} */ n) => n * (250 + 1 + 4 * 25),
    allowed: 2,
  },
];
