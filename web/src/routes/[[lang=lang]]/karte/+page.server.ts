import { messages } from '$lib/i18n/messages';
import { toMapPins } from '$lib/map/pins';
import { staticMap } from '$lib/map/static-map.server';
import { getMapPlaces } from '$lib/server/cms/map-places';
import { parseDirectoryParams } from '$lib/server/directory-params';
import type { PageServerLoad } from './$types';

/** All places of the map as the directory's paged list. */
const MAP_LIST = '/orte?ansicht=karte';

/** The places are clustered into the drawing here; the interactive map reads them from /orte.geojson. */
export const load = (async ({ locals }) => {
  const places = await getMapPlaces(parseDirectoryParams(new URLSearchParams()), locals.locale);
  return { map: staticMap(toMapPins(places, locals.locale), MAP_LIST, messages[locals.locale].map.staticCluster), listHref: MAP_LIST };
}) satisfies PageServerLoad;
