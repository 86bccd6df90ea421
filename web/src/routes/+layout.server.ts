import { getSite } from '$lib/server/cms/site';
import type { LayoutServerLoad } from './$types';

export const load = (async () => ({ site: await getSite() })) satisfies LayoutServerLoad;
