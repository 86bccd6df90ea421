import { MEETING_KIND } from '$lib/calendar';
import { messages } from '$lib/i18n/messages';
import type { CalendarParams } from '$lib/types';
import { pick } from './directory-params';
import { parsePlaceListParams } from './list-params';

/** `YYYY-MM` of this century, which is as far as the calendar can reach. */
export const isMonth = (value: string) => /^20[0-9]{2}-(0[1-9]|1[0-2])$/.test(value);

const isKind = (value: string) => value === MEETING_KIND || value in messages.de.labels.eventKind;

/**
 * The calendar's filters, read from the URL; a value that cannot be valid is a 400 naming it.
 * Whether a region or theme exists is for the page to check against the CMS's options.
 */
export const parseCalendarParams = (params: URLSearchParams): CalendarParams => ({
  ...parsePlaceListParams(params),
  month: pick(params, 'monat', isMonth),
  kind: pick(params, 'art', isKind),
});
