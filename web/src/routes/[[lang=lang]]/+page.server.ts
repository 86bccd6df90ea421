import { getHome } from '$lib/server/cms/home';
import { getSite } from '$lib/server/cms/site';
import { homePage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

// getSite is the layout's cached read, so the network's name and links cost no second request.
export const load = (async ({ locals, url }) => {
  const [home, site] = await Promise.all([getHome(new Date(), locals.locale), getSite(locals.locale)]);
  return { ...home, ...homePage(url.origin, site) };
}) satisfies PageServerLoad;
