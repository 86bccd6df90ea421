import { getPartners } from '$lib/server/cms/partners';
import type { PageServerLoad } from './$types';

export const load = (async () => getPartners()) satisfies PageServerLoad;
