import { berlinDate } from '$lib/format';
import { berlinMidnight } from './calendar-clock';
import { isMonth } from './calendar-params';
import { pick } from './directory-params';

/** A month as `?monat=` names it: `2026-11`. */
export type Month = string;

/** The month a clock in Berlin shows at an instant. */
export const berlinMonth = (instant: string | Date): Month => berlinDate(new Date(instant).toISOString()).slice(0, 7);

/** The month `months` later (earlier when negative). */
export const addMonths = (month: Month, months: number): Month => {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1 + months, 1)).toISOString().slice(0, 7);
};

/** The instants a month begins and ends in Berlin: midnight on its first day and on the next month's. */
export const monthBounds = (month: Month) => ({ start: berlinMidnight(`${month}-01`), end: berlinMidnight(`${addMonths(month, 1)}-01`) });

/** `?monat=`, empty when absent; InvalidParamError when it is no month. */
export const parseMonth = (params: URLSearchParams): Month => pick(params, 'monat', isMonth);
