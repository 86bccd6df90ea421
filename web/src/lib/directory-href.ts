import type { DirectoryParams } from './types';

/** The URL of a directory page; empty filters are left out so that shared links stay short. */
export const directoryHref = (params: Partial<DirectoryParams>) => {
  const search = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['q', params.q],
    ['region', params.region],
    ['thema', params.theme],
    ['phase', params.stage],
    ['netzwerk', params.network],
    ['seite', params.page && params.page > 1 ? params.page : undefined],
  ];
  for (const [key, value] of entries) if (value) search.set(key, String(value));
  const query = search.toString();
  return query ? `/orte?${query}` : '/orte';
};
