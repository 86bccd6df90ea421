import { getMeetings } from '$lib/server/cms/meetings';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => getMeetings(new Date(), locals.locale)) satisfies PageServerLoad;
