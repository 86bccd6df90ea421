import { env } from '$env/dynamic/private';

/** Read per request like the site's other settings, so tests and deployments configure the built server. */
export const editConfig = () => ({
  /** The CMS's API token for the edit pages (cms/.env EDIT_TOKEN): it may call the three edit routes and nothing else. */
  editToken: env.EDIT_TOKEN || undefined,
  /** A change request may carry 10 MB of images, from a phone: far longer than CMS_TIMEOUT_MS allows a read. */
  submitTimeoutMs: 30_000,
});

/**
 * The most an edit form may send: 10 MB of images (the CMS's UPLOAD_MAX_MB) and the texts.
 * BODY_SIZE_LIMIT (scripts/lib/site-process.mjs) lets this much through to the edit pages.
 */
export const EDIT_BODY_BYTES = 11 * 1024 * 1024;
