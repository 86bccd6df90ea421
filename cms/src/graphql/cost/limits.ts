import { nestedListReach } from './list-reach';

// maxCost bounds the objects a query may return (lists multiply by page size, nested ones by at
// most what they can hold: list-reach.ts). The relations of sibling objects load together, two
// SQL queries per relation field whatever the page size (src/strapi-patches/relation-loader.ts),
// so the time goes into resolving each object: bench/queries/places-100.graphql, at the limit,
// took about 0.2 s of CPU. What does not grow with the page is weighed by its CPU time in ms on
// 10,000 places (bench/README.md, "Query cost"): a join of a filter or sort about 50, placesNear
// (every place in its box) 200, networkStats 250. So the costliest query allowed takes about a second.
export const GRAPHQL_LIMITS = {
  defaultLimit: 25,
  maxLimit: 100,
  maxCost: 1000,
  relationWeight: 50,
  fieldWeights: { 'Query.placesNear': 200, 'Query.networkStats': 250 },
  reach: nestedListReach,
};
