import type { Handle, HandleServerError } from '@sveltejs/kit';
import { findRedirect } from '$lib/server/cms/redirects';

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  if (response.status === 503) response.headers.set('retry-after', '30');
  // A page whose slug changed answers at its new address; the old one stays valid for links.
  if (response.status === 404 && event.request.method === 'GET') {
    const to = await findRedirect(event.url.pathname).catch(() => null);
    if (to) return new Response(null, { status: 301, headers: { location: `${to}${event.url.search}` } });
  }
  return response;
};

/** Logs the failure for operators; visitors see a generic message and never a stack trace. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  console.error(JSON.stringify({ level: 'error', status, path: event.url.pathname, error: error instanceof Error ? error.message : String(error) }));
  return { message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal.' };
};
