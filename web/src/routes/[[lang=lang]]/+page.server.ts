import { getHome } from '$lib/server/cms/home';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => getHome(new Date(), locals.locale)) satisfies PageServerLoad;
