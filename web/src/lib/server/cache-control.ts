import { config } from './config';

/** For answers that are one visitor's or an editor's own: forms, previews. */
export const PRIVATE = 'private, no-store';

/**
 * Public pages: browsers revalidate each time (a cheap 304 with the ETag), so that a publish
 * shows at once; shared caches such as a CDN may keep a page as long as this server does, serve
 * it stale while they fetch it anew, and for a day while this server is unreachable.
 */
export const publicPage = () => {
  const seconds = Math.max(1, Math.round(config().pageCacheTtlMs / 1000));
  return `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds * 10}, stale-if-error=86400`;
};
