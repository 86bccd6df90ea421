import { directoryAtom } from '$lib/server/feeds/directory';
import { serveFeed } from '$lib/server/feeds/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => serveFeed(locals.locale, () => directoryAtom(url, locals.locale), { cors: true });
