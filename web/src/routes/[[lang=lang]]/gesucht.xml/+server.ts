import { boardAtom } from '$lib/server/feeds/build';
import { serveFeed } from '$lib/server/feeds/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => serveFeed(locals.locale, () => boardAtom(url, locals.locale), { cors: true });
