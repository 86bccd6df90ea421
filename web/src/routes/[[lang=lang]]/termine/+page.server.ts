import { loadCalendarPage } from '$lib/server/calendar-page';
import type { PageServerLoad } from './$types';

export const load = (({ url, locals }) => loadCalendarPage(url, locals.locale, 'upcoming')) satisfies PageServerLoad;
