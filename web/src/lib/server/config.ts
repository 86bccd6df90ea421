import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';

const logFormat = (value: string | undefined, nodeEnv: string | undefined) => {
  const chosen = value || (nodeEnv === 'production' ? 'json' : 'pretty');
  if (chosen !== 'json' && chosen !== 'pretty') throw new Error(`LOG_FORMAT must be json or pretty, not "${chosen}".`);
  return chosen;
};

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());

/** Read per request, so that tests and deployments configure the built server through its environment. */
export const config = () => {
  const cmsUrl = (env.CMS_URL || 'http://127.0.0.1:1337').replace(/\/$/, '');
  return {
    cmsUrl,
    /** Where browsers fetch uploaded images; differs from CMS_URL behind a proxy. */
    cmsPublicUrl: (env.CMS_PUBLIC_URL || cmsUrl).replace(/\/$/, ''),
    cmsTimeoutMs: Number(env.CMS_TIMEOUT_MS || 3000),
    cmsToken: env.CMS_TOKEN || undefined,
    /** The CMS's preview API token: the only one that reads drafts (cms/.env PREVIEW_TOKEN). */
    previewToken: env.PREVIEW_TOKEN || undefined,
    /** Signs the admin's expiring preview links (cms/.env PREVIEW_SECRET). */
    previewSecret: env.PREVIEW_SECRET || undefined,
    showSamples: flag(env.SHOW_SAMPLES, true),
    /** CACHE=off turns off both caches below, and the sharing of concurrent requests: for benchmarks. */
    cacheEnabled: flag(env.CACHE, true),
    // Both caches hear of every change through the CMS's webhook: their time limits are a safety
    // net for a webhook that never arrived, and for what depends on the date (upcoming meetings).
    cacheTtlMs: Number(env.CACHE_TTL_MS || 3_600_000),
    cacheMaxBytes: Number(env.CACHE_MAX_MB || 16) * 1024 * 1024,
    /** Rendered public pages: fresh this long, then served stale while one request renders anew. */
    pageCacheTtlMs: Number(env.PAGE_CACHE_TTL_MS || 3_600_000),
    pageCacheMaxBytes: Number(env.PAGE_CACHE_MAX_MB || 64) * 1024 * 1024,
    /** Stale pages rendered anew at the same time; the others are served stale until one is free. */
    pageRevalidations: Number(env.PAGE_REVALIDATIONS || 2),
    /** Who may frame the embeddable widget (a CSP frame-ancestors source list). */
    embedFrameAncestors: env.EMBED_FRAME_ANCESTORS || '*',
    /** A self-hosted maplibre style that replaces the map's outlines (the browser loads it). */
    mapStyleUrl: publicEnv.PUBLIC_MAP_STYLE_URL || undefined,
    /** adapter-node's own variables: where requests come from, as SvelteKit sees them (docs/operations.md). */
    origin: env.ORIGIN || undefined,
    protocolHeader: env.PROTOCOL_HEADER?.toLowerCase() || undefined,
    hostHeader: env.HOST_HEADER?.toLowerCase() || undefined,
    portHeader: env.PORT_HEADER?.toLowerCase() || undefined,
    /** The CMS's add-only token for the reach counts (cms/.env REACH_TOKEN); unset, the site counts nothing. */
    reachToken: env.REACH_TOKEN || undefined,
    /** Milliseconds between two sends of the reach counts to the CMS. */
    reachFlushMs: Number(env.REACH_FLUSH_MS || 5000),
    /** LOG_FORMAT: json (the default with NODE_ENV=production), one object per line, or pretty. */
    jsonLogs: logFormat(env.LOG_FORMAT, env.NODE_ENV) === 'json',
  };
};
