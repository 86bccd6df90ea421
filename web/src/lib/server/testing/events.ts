/**
 * Load functions and endpoints receive SvelteKit's whole RequestEvent; the ones under test
 * read only `url`, `params` and `request`, so the tests build just those.
 */
export const pageEvent = <Event>(path: string, params: Record<string, string> = {}, init?: RequestInit) => {
  const url = new URL(path, 'http://localhost');
  return { url, params, request: new Request(url, init) } as unknown as Event;
};
