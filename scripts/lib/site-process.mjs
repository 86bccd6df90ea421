// How the site's production server (web/server.js) is started, wherever it is: `pnpm start`,
// `pnpm start:prod`, the bench and the browser tests start it with these; web/package.json's
// `start` and web/Dockerfile spell the same out, and cms/tests/deployment.test.ts checks that
// they do. Why these values: docs/operations.md, "Caches and memory".

/**
 * V8's limits for the site's process. The old generation's cap makes V8 collect instead of
 * growing its heap while a large page renders (the map at 10,002 places); the smaller young
 * generation halves what each of its two semi-spaces keeps committed.
 */
export const SITE_NODE_FLAGS = ['--max-old-space-size=128', '--max-semi-space-size=4'];

/**
 * glibc's allocator for the site's process: two arenas instead of eight per core for the threads
 * that compress pages, and large buffers (rendered pages, compressed copies) mapped on their own
 * and returned to the system when freed, instead of staying in the process.
 */
const SITE_MALLOC_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/**
 * The largest request body adapter-node reads (its default is 512K): an edit page's form carries
 * up to 10 MB of images and its texts (web/src/lib/server/edit/config.ts). The proposal form and
 * the webhook keep to 512 kB on their own (web/src/lib/server/body-limit.ts).
 */
const BODY_SIZE_LIMIT = '11M';

/** The site's environment wherever it is started: the allocator's settings and the body limit. */
export const SITE_ENV = { ...SITE_MALLOC_ENV, BODY_SIZE_LIMIT };

/** The arguments for `node` that start the site's server in its folder (web/ or a copy of the build). */
export const siteServerArgs = () => [...SITE_NODE_FLAGS, 'server.js'];
