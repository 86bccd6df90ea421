import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { directoryHref } from '$lib/directory-href';
import type { Locale } from '$lib/i18n/locale';
import { frameOf } from '$lib/map/outlines.server';
import { toMapPins } from '$lib/map/pins';
import { staticMap } from '$lib/map/static-map.server';
import { getMapPlaces } from '$lib/server/cms/map-places';
import { parseDirectoryParams } from '$lib/server/directory-params';
import { getRegion } from '$lib/server/cms/regions';
import { isSlug } from '$lib/server/slug';
import { regionPage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const result = isSlug(params.slug) ? await getRegion(params.slug, locals.locale) : null;
  if (!result) error(404, messages[locals.locale].notFound.region);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { region: result.content, contentLocale: result.contentLocale, map: await regionMap(params.slug, locals.locale), ...regionPage(context, result.content) };
}) satisfies PageServerLoad;

/** The region's outline (its districts, see $lib/map/regions) with its places; none for a region not mapped there. */
const regionMap = async (slug: string, locale: Locale) => {
  const frame = `region-${slug}`;
  if (!frameOf(frame)) return null;
  const places = await getMapPlaces(parseDirectoryParams(new URLSearchParams({ region: slug })), locale);
  const listHref = `${directoryHref({ region: slug })}&ansicht=karte`;
  return staticMap(toMapPins(places, locale), listHref, messages[locale].map.staticCluster, frame);
};
