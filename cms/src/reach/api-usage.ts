import type { Core } from '@strapi/strapi';
import { berlinDay } from '../time';
import { KEY_MAX } from './kinds';
import { addCounts, type ReachRow } from './store';

/** How often this process adds its partner API counts to the table. */
const FLUSH_MS = 5_000;
/** Distinct token names kept between two flushes; more would be someone inventing names, which tokens cannot. */
const MAX_KEYS = 10_000;

let counts = new Map<string, number>();
let dropped = 0;
let timer: NodeJS.Timeout | undefined;

/**
 * Counts one request to the public API under the name of its API token (never its secret), or
 * NO_TOKEN_KEY: a Map increment in the request's path, added to the table by `flushApiUsage`.
 */
export const countApiRequest = (key: string) => {
  const id = `${berlinDay(new Date())}\n${key.slice(0, KEY_MAX)}`;
  const seen = counts.get(id);
  if (seen !== undefined) counts.set(id, seen + 1);
  else if (counts.size < MAX_KEYS) counts.set(id, 1);
  else dropped += 1;
};

/** Adds what was counted since the last flush; on failure the counts wait for the next one. */
export const flushApiUsage = async (strapi: Core.Strapi) => {
  if (dropped) {
    strapi.log.warn(`[reach] ${dropped} API requests not counted: more than ${MAX_KEYS} token names between two flushes`);
    dropped = 0;
  }
  if (counts.size === 0) return;
  const taken = counts;
  counts = new Map();
  const rows = [...taken].map(([id, views]): ReachRow => {
    const [day, key] = id.split('\n');
    return { day, kind: 'api', key, views };
  });
  try {
    await addCounts(strapi, rows);
  } catch (error) {
    for (const [id, views] of taken) counts.set(id, (counts.get(id) ?? 0) + views);
    strapi.log.warn(`[reach] API counts kept for the next flush: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** Flushes every few seconds from boot on; `stopApiUsage` flushes the rest when the CMS stops. */
export const startApiUsage = (strapi: Core.Strapi) => {
  clearInterval(timer);
  timer = setInterval(() => void flushApiUsage(strapi), FLUSH_MS);
  timer.unref();
};

export const stopApiUsage = async (strapi: Core.Strapi) => {
  clearInterval(timer);
  timer = undefined;
  await flushApiUsage(strapi);
};
