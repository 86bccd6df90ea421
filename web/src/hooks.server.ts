import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { localeOf, localizePath, basePath } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { findRedirect } from '$lib/server/cms/redirects';
import { isValidPreview } from '$lib/server/preview';
import { PRIVATE, PUBLIC_PAGE } from '$lib/server/cache-control';
import { pageCache } from '$lib/server/page-cache';
import { securityHeaders } from '$lib/server/security-headers';
import { wholeLists } from '$lib/server/whole-lists';
import { log } from '$lib/server/logging/log';
import { publishFrontDoor } from '$lib/server/front-door';
import { editPages } from '$lib/server/edit/session';

/** Pages and their client-side navigation data; feeds and images set their own caching. */
const isPage = (response: Response) => /^(text\/html|application\/json)/.test(response.headers.get('content-type') ?? '');

const site: Handle = async ({ event, resolve }) => {
  event.locals.locale = localeOf(event.url.pathname);
  event.locals.preview = isValidPreview(event.url);
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
  if (response.status === 503) response.headers.set('retry-after', '30');
  if (event.url.searchParams.has('preview')) {
    response.headers.set('cache-control', PRIVATE);
    response.headers.set('x-robots-tag', 'noindex');
  } else if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
    response.headers.set('cache-control', PRIVATE);
  } else if (response.status === 200 && isPage(response) && !response.headers.has('cache-control')) {
    response.headers.set('cache-control', PUBLIC_PAGE);
  }
  // A page whose slug changed answers at its new address; the old one stays valid for links.
  if (response.status === 404 && event.request.method === 'GET') {
    const to = await findRedirect(basePath(event.url.pathname)).catch(() => null);
    if (to) {
      const location = `${localizePath(to, event.locals.locale)}${event.url.search}`;
      return new Response(null, { status: 301, headers: { location } });
    }
  }
  return response;
};

/** web/server.js puts the front door before adapter-node; `vite dev` runs without it. */
export const init: ServerInit = () => {
  publishFrontDoor();
};

// The page cache keeps responses with their completed security headers, so that the front door
// answers cached pages exactly as SvelteKit would. Behind it, the pages that hold every place
// render one at a time (whole-lists.ts). The edit pages' headers overrule the site's own.
export const handle = sequence(pageCache, securityHeaders, wholeLists, editPages, site);

/** Logs the failure for operators; visitors see a generic message and never a stack trace. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  const m = messages[localeOf(event.url.pathname)];
  // SvelteKit's own refusals of a request's body (e.g. JSON sent to a form action) are the
  // client's doing, not a failure: the answer says what was wrong.
  if (status === 413) return { message: m.error.tooLarge };
  if (status === 415) return { message: m.error.unsupportedType };
  log.error('Unexpected error', { status, path: event.url.pathname, error: error instanceof Error ? error.message : String(error) });
  return { message: m.error.unexpected };
};
