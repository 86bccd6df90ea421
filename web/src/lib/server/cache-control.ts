/** For answers that are one visitor's or an editor's own: forms, previews. */
export const PRIVATE = 'private, no-store';

/**
 * Shared caches such as a CDN hear nothing of a publish, unlike this server's own caches: they
 * may keep a page a minute, serve it stale while they fetch it anew, and for a day while this
 * server is unreachable.
 */
const SHARED_SECONDS = 60;

/** Public pages: browsers revalidate each time (a cheap 304 with the ETag), so that a publish shows at once. */
export const PUBLIC_PAGE = `public, max-age=0, s-maxage=${SHARED_SECONDS}, stale-while-revalidate=${SHARED_SECONDS * 10}, stale-if-error=86400`;
