import { toMapPins } from '$lib/map/pins';
import { staticMap } from '$lib/map/static-map.server';
import { getMapPlaces } from '$lib/server/cms/map-places';
import { parseDirectoryParams } from '$lib/server/directory-params';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const places = await getMapPlaces(parseDirectoryParams(new URLSearchParams()), locals.locale);
  return { map: staticMap(toMapPins(places, locals.locale)) };
}) satisfies PageServerLoad;
