import { error } from '@sveltejs/kit';
import { baseMapSvg, frameOf } from '$lib/map/outlines.server';
import type { RequestHandler } from './$types';

/** The static maps' base drawings (`/karte/netz.svg`, `/karte/deutschland.svg`, `/karte/region-altmark.svg`); they change only with a new build. */
export const GET: RequestHandler = ({ params }) => {
  const frame = frameOf(params.frame);
  if (!frame) error(404);
  return new Response(baseMapSvg(frame), { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400' } });
};
