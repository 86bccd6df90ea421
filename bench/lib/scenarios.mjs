// What `pnpm bench` loads: the site's pages cached and uncached, a static file as the ceiling, and
// the CMS's GraphQL list of 100 places next to the same data from Strapi's REST API.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const queries = join(dirname(fileURLToPath(import.meta.url)), '..', 'queries');

/** The site's pages, each measured on the caching server and on the one with CACHE=off. */
/** @param {import('../dataset/generate.mjs').Probe} probe */
export const pages = (probe) => [
  { name: 'home', path: '/' },
  { name: 'profile', path: `/orte/${probe.placeSlug}` },
  { name: 'directory', path: '/orte' },
  { name: 'directory-filter', path: `/orte?region=${probe.regionSlug}&thema=${probe.themeSlug}` },
  { name: 'directory-search', path: `/orte?q=${encodeURIComponent(probe.searchTerm)}` },
  { name: 'calendar', path: '/termine' },
  { name: 'event', path: `/termine/${probe.eventSlug}` },
  { name: 'board', path: '/gesucht' },
];

/**
 * Browsers always accept compression, and so do partner sites' HTTP clients; the site sends cached
 * pages and static files compressed, the CMS its cached GraphQL answers (REST answers stay plain).
 */
export const BROWSER_HEADERS = { 'accept-encoding': 'br, gzip' };

/**
 * The site's fingerprinted app entry script, which every page loads: what serving a static file
 * costs, the ceiling for any answer of the same server.
 * @param {string} siteUrl
 */
export const staticAsset = async (siteUrl) => {
  const html = await (await fetch(siteUrl)).text();
  const path = /\/_app\/immutable\/entry\/app\.[^"]+\.js/.exec(html)?.[0];
  if (!path) throw new Error('The home page loads no app entry under /_app/immutable/entry/.');
  return path;
};

/**
 * @param {string} cmsUrl
 * @returns {import('./load.mjs').Request}
 */
export const graphqlList = (cmsUrl) => ({
  url: `${cmsUrl}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...BROWSER_HEADERS },
  body: JSON.stringify({ query: readFileSync(join(queries, 'places-100.graphql'), 'utf8') }),
});

/**
 * @param {string} cmsUrl
 * @returns {import('./load.mjs').Request}
 */
export const restList = (cmsUrl) => ({ url: `${cmsUrl}${JSON.parse(readFileSync(join(queries, 'places-100.rest.json'), 'utf8')).path}`, headers: BROWSER_HEADERS });
