import { serveFeed } from '$lib/server/feeds/respond';
import { whatsNewAtom } from '$lib/server/feeds/whats-new';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => serveFeed(locals.locale, () => whatsNewAtom(url, locals.locale), { cors: true });
