import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { json } from '@sveltejs/kit';
import { clearCache } from '$lib/server/cms/client';
import { clearPages } from '$lib/server/page-cache';
import type { RequestHandler } from './$types';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compared as digests, so that neither the length nor the content leaks through timing. */
const isSecret = (given: string | null) => {
  const secret = env.REVALIDATE_SECRET;
  return Boolean(secret && given && timingSafeEqual(digest(given), digest(secret)));
};

/**
 * Called by the CMS's webhook on every publish, update or delete. Every cached response and page
 * is dropped: evicting too much costs one render per page, missing one shows stale content.
 */
export const POST: RequestHandler = async ({ request }) => {
  if (!isSecret(request.headers.get('x-revalidate-secret'))) {
    return json({ error: 'Ungültiges Geheimnis.' }, { status: 401 });
  }
  clearCache();
  clearPages();
  return json({ revalidated: true });
};
