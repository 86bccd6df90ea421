import { isbot } from 'isbot';

/** What the site counts (the CMS's api/reach-count `kind`; `api` is counted by the CMS itself). */
export type ReachKind = 'page' | 'widget' | 'feed';
export type Reach = { kind: ReachKind; key: string };

/** An answered request, as far as counting reads it: nothing of it is kept but the key. */
export type Answer = {
  method: string | undefined;
  /** The request's path and query, as the client sent it. */
  url: string;
  status: number;
  contentType: string | undefined;
  userAgent: string | undefined;
  referer: string | undefined;
};

/** The longest key the CMS stores (cms/src/reach/kinds.ts KEY_MAX). */
export const KEY_MAX = 300;

/** The key of widget views whose embedding site sent no (usable) Referer. */
export const UNKNOWN_SITE = '(unbekannt)';

/**
 * Feeds, by their path, the one list of them: Atom and RSS (`.xml`, not the sitemap), iCal
 * (`.ics`) and GeoJSON (`.geojson`), every language and filter. A new feed route is counted as
 * soon as its path ends so.
 */
const FEED = /\.(xml|ics|geojson)$/;
const NOT_FEEDS = new Set(['/sitemap.xml']);

const WIDGET = '/einbetten/orte';
/** SvelteKit's client-side navigation loads a page's data from `<page>/__data.json`: that is a page view. */
const DATA_SUFFIX = '/__data.json';
/** Never a reader's page: the editors' pages of places, the site's API and its build files. */
const NOT_PAGES = /^\/(?:(?:en\/)?bearbeiten(?:\/|$)|api\/|_app\/)/;
const PREVIEW = /[?&]preview(?:[=&]|$)/;

/** User agents already judged: `isbot`'s pattern costs some 8 µs a call, a lookup well under 1. */
const judged = new Map<string, boolean>();
/** A bound on that memory (in this process only, never stored); a full cache starts anew. */
const JUDGED_MAX = 1000;

const isBot = (userAgent: string) => {
  let bot = judged.get(userAgent);
  if (bot === undefined) {
    if (judged.size >= JUDGED_MAX) judged.clear();
    bot = isbot(userAgent);
    judged.set(userAgent, bot);
  }
  return bot;
};

/** The embedding site as `scheme://host:port`, and nothing else of the Referer (path, query, user). */
export const siteOf = (referer: string | undefined) => {
  if (!referer) return UNKNOWN_SITE;
  try {
    const { origin } = new URL(referer);
    return origin === 'null' || origin.length > KEY_MAX ? UNKNOWN_SITE : origin;
  } catch {
    return UNKNOWN_SITE;
  }
};

const pageKey = (path: string, contentType: string) => {
  if (contentType.startsWith('text/html')) return path;
  if (contentType.startsWith('application/json') && path.endsWith(DATA_SUFFIX)) return path.slice(0, -DATA_SUFFIX.length) || '/';
  return undefined;
};

/**
 * What an answered request counts as, or null: a GET answered 200 (or 304, a revisit of a page the
 * browser keeps), by a reader rather than a bot, counted under its path without the query. Feeds
 * count every fetch, as feed readers call themselves bots. Nothing else of the request is kept.
 */
export const reachOf = ({ method, url, status, contentType, userAgent, referer }: Answer): Reach | null => {
  if (method !== 'GET' || (status !== 200 && status !== 304)) return null;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.length > KEY_MAX) return null;
  if (FEED.test(path)) return NOT_FEEDS.has(path) ? null : { kind: 'feed', key: path };
  if (!userAgent || isBot(userAgent)) return null;
  if (path === WIDGET) return contentType?.startsWith('text/html') ? { kind: 'widget', key: siteOf(referer) } : null;
  if (NOT_PAGES.test(path) || (query !== -1 && PREVIEW.test(url.slice(query)))) return null;
  const key = contentType ? pageKey(path, contentType) : undefined;
  return key === undefined ? null : { kind: 'page', key };
};
