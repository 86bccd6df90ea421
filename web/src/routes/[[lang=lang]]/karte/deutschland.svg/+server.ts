import { staticOutline } from '$lib/map/outlines.server';
import { GERMANY, LOCATOR_WIDTH } from '$lib/map/project';
import type { RequestHandler } from './$types';

/** Germany's outline for the small map on each profile, which places its marker over it in the same frame. */
export const GET: RequestHandler = () => {
  const { width, height, home, neighbours } = staticOutline(GERMANY, LOCATOR_WIDTH);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#dfe9ee"/>` +
    `<path d="${neighbours}" fill="#fbfaf6" stroke="#2d6a4a" stroke-width="0.75"/>` +
    `<path d="${home}" fill="#e7f1e9" stroke="#2d6a4a" stroke-width="1.5"/></svg>`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400' } });
};
