import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { json } from '@sveltejs/kit';
import { readJson, TOO_LARGE } from '$lib/server/body-limit';
import { evict, evictionOf } from '$lib/server/cache/evict';
import { isRecord } from '$lib/server/is-record';
import type { RequestHandler } from './$types';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compared as digests, so that neither the length nor the content leaks through timing. */
const isSecret = (given: string | null) => {
  const secret = env.REVALIDATE_SECRET;
  return Boolean(secret && given && timingSafeEqual(digest(given), digest(secret)));
};

/**
 * Called by the CMS's webhook on every change the public site shows, with the cache tags it
 * touches and how (cache/eviction.ts): only the pages and answers that show the change are renewed
 * or, for withdrawn content, dropped.
 */
export const POST: RequestHandler = async ({ request }) => {
  if (!isSecret(request.headers.get('x-revalidate-secret'))) {
    return json({ error: 'Ungültiges Geheimnis.' }, { status: 401 });
  }
  // The CMS's webhook sends the change as a JSON object. Anything else comes from a caller that
  // holds the secret but is misconfigured, and should hear so rather than empty the caches.
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return json({ error: 'Der Webhook muss JSON senden (Content-Type: application/json).' }, { status: 415 });
  }
  const change = await readJson(request);
  if (change === TOO_LARGE) return json({ error: 'Der Inhalt ist größer, als der Webhook annimmt.' }, { status: 413 });
  if (!isRecord(change)) {
    return json({ error: 'Der Inhalt ist kein JSON-Objekt, wie es der Webhook des CMS sendet.' }, { status: 400 });
  }
  const eviction = evictionOf(change);
  if ('malformed' in eviction) {
    return json({ error: `Das Feld ${eviction.malformed} muss eine Liste von Cache-Tags sein.`, field: eviction.malformed }, { status: 400 });
  }
  evict(eviction);
  return json({ revalidated: true });
};
