import { getSite } from '$lib/server/cms/site';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals: { locale } }) => ({ locale, site: await getSite(locale) })) satisfies LayoutServerLoad;
