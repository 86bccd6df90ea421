import { eventCalendar } from '$lib/server/feeds/build';
import { serveFeed } from '$lib/server/feeds/respond';
import type { RequestHandler } from './$types';

// Outranks the page route [slug] for paths ending in .ics, as /treffen/<slug>.ics does.
export const GET: RequestHandler = ({ url, params, locals }) => serveFeed(locals.locale, () => eventCalendar(url, params.slug, locals.locale));
