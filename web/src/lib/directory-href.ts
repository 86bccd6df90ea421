import type { DirectoryParams } from './types';

/** A path with query parameters; empty ones are left out so that shared links stay short. */
export const withQuery = (path: string, entries: [string, string | number | undefined][]) => {
  const search = new URLSearchParams();
  for (const [key, value] of entries) if (value) search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
};

/** The page number as a parameter: the first page goes without one. */
export const laterPage = (page: number | undefined) => (page && page > 1 ? page : undefined);

/** The URL of a directory page. */
export const directoryHref = (params: Partial<DirectoryParams>) =>
  withQuery('/orte', [
    ['q', params.q],
    ['region', params.region],
    ['thema', params.theme],
    ['phase', params.stage],
    ['netzwerk', params.network],
    ['von', params.from],
    ['minuten', params.minutes ?? undefined],
    ['seite', laterPage(params.page)],
  ]);

/** The Atom feed of a directory search: the same filters, without the page. */
export const directoryFeedHref = (params: Partial<DirectoryParams>) => directoryHref({ ...params, page: 1 }).replace(/^\/orte/, '/orte.xml');
