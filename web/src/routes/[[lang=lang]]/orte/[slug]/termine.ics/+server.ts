import { placeEventsCalendar } from '$lib/server/feeds/build';
import { serveFeed } from '$lib/server/feeds/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, params, locals }) =>
  serveFeed(locals.locale, () => placeEventsCalendar(url, params.slug, locals.locale), { cors: true });
