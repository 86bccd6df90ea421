import { error } from '@sveltejs/kit';
import { directoryHref } from '$lib/directory-href';
import { messages } from '$lib/i18n/messages';
import { frameOf } from '$lib/map/outlines.server';
import { toMapPins } from '$lib/map/pins';
import { staticMap } from '$lib/map/static-map.server';
import { getMapPlaces } from '$lib/server/cms/map-places';
import { getDirectory } from '$lib/server/cms/places';
import { invalidParamsAre400, parseDirectoryParams } from '$lib/server/directory-params';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
  const params = await invalidParamsAre400(locals.locale, () => parseDirectoryParams(url.searchParams));
  // ?ansicht=karte shows the same filtered places on a map above the list.
  const mapView = url.searchParams.get('ansicht') === 'karte';
  const [directory, places] = await Promise.all([getDirectory(params, locals.locale), mapView ? getMapPlaces(params, locals.locale) : null]);
  if (params.page > 1 && params.page > directory.pageCount) error(404, messages[locals.locale].notFound.resultPage);
  // A region with an outline of its own is drawn in its frame, set apart, as on its page.
  const frame = params.region && frameOf(`region-${params.region}`) ? `region-${params.region}` : undefined;
  const map = places ? staticMap(toMapPins(places, locals.locale), `${directoryHref({ ...params, page: 1 })}#orte-liste`, messages[locals.locale].map.staticCluster, frame) : null;
  return { params, ...directory, map };
}) satisfies PageServerLoad;
