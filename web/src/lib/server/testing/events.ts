import { localeOf } from '$lib/i18n/locale';

/**
 * Load functions and endpoints receive SvelteKit's whole RequestEvent; the ones under test
 * read only `url`, `params`, `request` and the `locals` that hooks.server.ts sets, so the
 * tests build just those.
 */
export const pageEvent = <Event>(path: string, params: Record<string, string> = {}, init?: RequestInit) => {
  const url = new URL(path, 'http://localhost');
  const locals: App.Locals = { locale: localeOf(url.pathname), preview: false };
  return { url, params, request: new Request(url, init), locals } as unknown as Event;
};
