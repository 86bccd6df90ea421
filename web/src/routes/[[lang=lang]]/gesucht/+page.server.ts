import { loadBoardPage } from '$lib/server/board-page';
import type { PageServerLoad } from './$types';

export const load = (({ url, locals }) => loadBoardPage(url, locals.locale)) satisfies PageServerLoad;
