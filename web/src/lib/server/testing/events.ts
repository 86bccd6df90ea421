/**
 * Load functions receive SvelteKit's whole RequestEvent; the loads under test read only
 * `url` and `params`, so the tests build just those.
 */
export const pageEvent = <Event>(path: string, params: Record<string, string> = {}) =>
  ({ url: new URL(path, 'http://localhost'), params }) as unknown as Event;
