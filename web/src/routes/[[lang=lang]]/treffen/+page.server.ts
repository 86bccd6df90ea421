import { getMeetings } from '$lib/server/cms/meetings';
import type { PageServerLoad } from './$types';

export const load = (async () => getMeetings(new Date())) satisfies PageServerLoad;
