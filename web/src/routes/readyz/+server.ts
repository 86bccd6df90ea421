import { json } from '@sveltejs/kit';
import { cmsAnswers } from '$lib/server/cms/readiness';
import type { RequestHandler } from './$types';

/**
 * Readiness: this process can render fresh pages, because the CMS answers within CMS_TIMEOUT_MS.
 * A load balancer sends new visitors elsewhere while it answers 503. `no-store`: a cached answer
 * would report on an earlier moment.
 */
export const GET: RequestHandler = async () =>
  (await cmsAnswers())
    ? json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
    : json({ status: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '30' } });
