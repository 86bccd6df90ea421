import { placesGeoJson } from '$lib/server/feeds/build';
import { serveFeed } from '$lib/server/feeds/respond';
import type { RequestHandler } from './$types';

/** Partner maps fetch this from their own pages, so any origin may read it. */
export const GET: RequestHandler = ({ url, locals }) => serveFeed(locals.locale, () => placesGeoJson(url, locals.locale), { cors: true });
