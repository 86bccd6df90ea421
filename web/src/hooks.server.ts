import type { Handle, HandleServerError } from '@sveltejs/kit';
import { localeOf, localizePath, basePath } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { config } from '$lib/server/config';
import { findRedirect } from '$lib/server/cms/redirects';
import { isValidPreview } from '$lib/server/preview';

/** Only the CMS's admin may frame a preview; nobody may frame the public site. */
const frameAncestors = (preview: boolean) => (preview ? `'self' ${new URL(config().cmsPublicUrl).origin}` : "'self'");

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.locale = localeOf(event.url.pathname);
  event.locals.preview = isValidPreview(event.url);
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
  if (response.status === 503) response.headers.set('retry-after', '30');
  if (event.url.searchParams.has('preview')) {
    response.headers.set('cache-control', 'private, no-store');
    response.headers.set('x-robots-tag', 'noindex');
  }
  // Pages that set their own policy (the embeddable widget) keep it.
  if (response.headers.get('content-type')?.startsWith('text/html') && !response.headers.has('content-security-policy')) {
    response.headers.set('content-security-policy', `frame-ancestors ${frameAncestors(event.locals.preview)}`);
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

/** Logs the failure for operators; visitors see a generic message and never a stack trace. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  console.error(JSON.stringify({ level: 'error', status, path: event.url.pathname, error: error instanceof Error ? error.message : String(error) }));
  return { message: messages[localeOf(event.url.pathname)].error.unexpected };
};
