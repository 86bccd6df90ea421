import { PUBLIC_PAGE } from '$lib/server/cache-control';
import guide from '../../../../../docs/api.md?raw';
import type { RequestHandler } from './$types';

// The partner API guide lives in the repository's docs/ so that the site and a clone read one text.
export const GET: RequestHandler = () =>
  new Response(guide, { headers: { 'content-type': 'text/markdown; charset=utf-8', 'cache-control': PUBLIC_PAGE } });
