/**
 * Published data, the same for every reader the public API serves: a browser or CDN may reuse it
 * for a minute, then serve it stale for up to five more while it fetches a fresh copy in the
 * background. The publish webhook empties the website's cache, but no CDN in front of the CMS,
 * so the minute bounds how long a partner shows an old version.
 */
export const PUBLIC_READ = 'public, max-age=60, stale-while-revalidate=300';

/** Errors, drafts, admin and everything personal: never stored by any cache. */
export const NOT_CACHEABLE = 'private, no-store';
