import { localizePath } from '$lib/i18n/locale';
import { getEmbedPlaces } from '$lib/server/cms/places';
import { config } from '$lib/server/config';
import { directoryHref } from '$lib/directory-href';
import { renderPlacesWidget } from '$lib/server/embed/places-widget';
import { parseEmbedParams } from '$lib/server/embed/params';
import type { RequestHandler } from './$types';

/** The embeddable list of places; its own CSP lets partners frame it (EMBED_FRAME_ANCESTORS). */
export const GET: RequestHandler = async ({ url }) => {
  const parsed = parseEmbedParams(url.searchParams);
  if ('error' in parsed) return new Response(parsed.error, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { region, theme, limit, locale } = parsed;
  const places = await getEmbedPlaces({ region, theme }, limit, locale);
  const { cmsPublicUrl, embedFrameAncestors } = config();
  const html = renderPlacesWidget({
    places,
    origin: url.origin,
    locale,
    moreHref: `${url.origin}${localizePath(directoryHref({ region, theme }), locale)}`,
  });
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'content-security-policy': [
        "default-src 'none'",
        `img-src 'self' ${new URL(cmsPublicUrl).origin}`,
        "style-src 'unsafe-inline'",
        "base-uri 'none'",
        "form-action 'none'",
        `frame-ancestors ${embedFrameAncestors}`,
      ].join('; '),
    },
  });
};
