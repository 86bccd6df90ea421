import type { Cookies, Handle } from '@sveltejs/kit';
import { basePath } from '$lib/i18n/locale';
import { PRIVATE } from '../cache-control';

/** The edit pages, German and English: the session cookie is sent to these paths only. */
const EDIT_PATHS = ['/bearbeiten', '/en/bearbeiten'] as const;

export const isEditPath = (pathname: string) => {
  const path = basePath(pathname);
  return path === EDIT_PATHS[0] || path.startsWith(`${EDIT_PATHS[0]}/`);
};

/**
 * The link's own page (`/bearbeiten?t=…`, whose address holds the token) sends no referrer at all.
 * The form's pages send theirs to the site itself only: under no-referrer a browser sends the
 * form's POST with `Origin: null`, which SvelteKit's CSRF check refuses.
 */
const referrerPolicy = (pathname: string) => (basePath(pathname) === EDIT_PATHS[0] ? 'no-referrer' : 'same-origin');

/**
 * Every answer of the edit pages, errors and refused bodies included: one place's own data, never
 * kept by a cache (the page cache outside this hook keeps nothing private) or indexed, and its
 * address never sent to another site, not even to the CMS the thumbnails come from. Runs outside
 * the site's hook, which would call a 200 page public.
 */
export const editPages: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const { pathname } = event.url;
  if (!isEditPath(pathname)) return response;
  response.headers.set('cache-control', PRIVATE);
  response.headers.set('x-robots-tag', 'noindex');
  response.headers.set('referrer-policy', referrerPolicy(pathname));
  return response;
};

export const SESSION_COOKIE = 'kig_edit_session';

/** The contract's session: at most 300 URL-safe characters. Anything else was not set by us. */
const isSession = (value: string) => value.length <= 300 && /^[\w.~-]+$/.test(value);

export const sessionOf = (cookies: Cookies) => {
  const value = cookies.get(SESSION_COOKIE);
  return value && isSession(value) ? value : null;
};

/**
 * SameSite=Strict, so that no other site's page can send a change in the place's name. Set on
 * both languages' paths, as a cookie is sent to one path only. Secure wherever the site is https
 * (SvelteKit's own default would also mark it so on plain http, where browsers then drop it).
 */
const options = (url: URL, path: string): Parameters<Cookies['delete']>[1] => ({ path, httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' });

export const keepSession = (cookies: Cookies, url: URL, { session, expiresAt }: { session: string; expiresAt: string }, now = Date.now()) => {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000));
  for (const path of EDIT_PATHS) cookies.set(SESSION_COOKIE, session, { ...options(url, path), maxAge });
};

export const endSession = (cookies: Cookies, url: URL) => {
  for (const path of EDIT_PATHS) cookies.delete(SESSION_COOKIE, options(url, path));
};
