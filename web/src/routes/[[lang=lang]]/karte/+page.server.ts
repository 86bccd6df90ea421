import { getMapPins } from '$lib/server/cms/map';
import { parseDirectoryParams } from '$lib/server/directory-params';
import { staticMap } from '$lib/map/static-map.server';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const pins = await getMapPins(parseDirectoryParams(new URLSearchParams()), locals.locale);
  return { map: staticMap(pins) };
}) satisfies PageServerLoad;
