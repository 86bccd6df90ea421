import { baseMapGeoJson } from '$lib/map/outlines.server';
import type { RequestHandler } from './$types';

/** The interactive map's offline base layer. It only changes with a new build, so caches may keep it a day. */
export const GET: RequestHandler = () =>
  new Response(JSON.stringify(baseMapGeoJson()), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'public, max-age=86400' },
  });
