import { localeOf } from '$lib/i18n/locale';

/**
 * Load functions, actions, endpoints and hooks receive SvelteKit's whole RequestEvent; the ones
 * under test read only `url`, `params`, `request`, the `locals` that hooks.server.ts sets and what
 * a test adds in `extra` (isDataRequest, getClientAddress, ...), so the tests build just those.
 */
export const pageEvent = <Event>(path: string, params: Record<string, string> = {}, init?: RequestInit, extra: Record<string, unknown> = {}) => {
  const url = new URL(path, 'http://localhost');
  const locals: App.Locals = { locale: localeOf(url.pathname), preview: false };
  // The partial event stands in for the whole one (see above); a missing field fails the test loudly.
  return { url, params, request: new Request(url, init), locals, isDataRequest: false, ...extra } as unknown as Event;
};

/** Runs a page's load function for a path; a load that returns nothing fails the test. */
export const loadPage = async <Event, Output>(load: (event: Event) => Output | Promise<Output>, path: string): Promise<NonNullable<Output>> => {
  const result = await load(pageEvent<Event>(path));
  if (!result) throw new Error('load returned nothing');
  return result;
};
