import { meetingCalendar } from '$lib/server/feeds/build';
import { serveFeed } from '$lib/server/feeds/respond';
import type { RequestHandler } from './$types';

// Outranks the page route [slug] for paths ending in .ics (SvelteKit prefers the longer static part).
export const GET: RequestHandler = ({ url, params, locals }) => serveFeed(locals.locale, () => meetingCalendar(url, params.slug, locals.locale));
