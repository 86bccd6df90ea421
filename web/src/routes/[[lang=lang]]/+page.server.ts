import { getHome } from '$lib/server/cms/home';
import type { PageServerLoad } from './$types';

export const load = (async () => getHome(new Date())) satisfies PageServerLoad;
