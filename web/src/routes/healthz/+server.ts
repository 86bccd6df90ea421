import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * Liveness: this process answers requests. It never asks the CMS, whose outage the site survives
 * with stale pages. `no-store` keeps it out of the page cache and any CDN, so that it always
 * reports on this process.
 */
export const GET: RequestHandler = () => json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
