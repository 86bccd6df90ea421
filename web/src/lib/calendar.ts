import { laterPage, withQuery } from './directory-href';
import type { CalendarParams } from './types';

/** The calendar's `art` for the network's meetings; the other kinds are the events' own (labels.eventKind). */
export const MEETING_KIND = 'network_meeting';

/** The calendar (`/termine`), its archive or its feed with these filters. */
export const calendarHref = (path: '/termine' | '/termine/archiv' | '/termine.ics', params: Partial<CalendarParams>) =>
  withQuery(path, [
    ['region', params.region],
    ['monat', params.month],
    ['art', params.kind],
    ['thema', params.theme],
    ['seite', laterPage(params.page)],
  ]);
