import { renderLogo } from '$lib/server/share-image';
import type { RequestHandler } from './$types';

/** The network's logo for its Organization in structured data (search engines want a raster image). */
let logo: Promise<Buffer> | undefined;

export const GET: RequestHandler = async () => {
  logo ??= renderLogo();
  return new Response(new Uint8Array(await logo), { headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' } });
};
