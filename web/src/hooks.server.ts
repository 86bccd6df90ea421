import type { Handle, HandleServerError } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  if (response.status === 503) response.headers.set('retry-after', '30');
  return response;
};

/** Logs the failure for operators; visitors see a generic message and never a stack trace. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  console.error(JSON.stringify({ level: 'error', status, path: event.url.pathname, error: error instanceof Error ? error.message : String(error) }));
  return { message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal.' };
};
