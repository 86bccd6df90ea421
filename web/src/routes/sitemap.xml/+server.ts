import { sitemapXml } from '$lib/server/feeds/build';
import { serveFeed } from '$lib/server/feeds/respond';
import type { RequestHandler } from './$types';

/** One sitemap for both languages: each page lists its other language as an hreflang alternate. */
export const GET: RequestHandler = ({ url, locals }) => serveFeed(locals.locale, () => sitemapXml(url));
