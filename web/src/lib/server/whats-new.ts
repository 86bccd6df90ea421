import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { recordValidUntil } from './cache/tags';
import { getEarliestPublication, getNewEntries } from './cms/new-entries';
import { addMonths, berlinMonth, monthBounds, parseMonth, type Month } from './months';

/**
 * What `/neu` shows for `?monat=` (this month without it): what was first published in that month
 * in Berlin, with the months before and after that have a page. A malformed month is a 400; a
 * month in the future, or before anything was published, a 404. The pages of this month and the
 * one before hold until the month ends, when what is current moves on.
 */
export const loadWhatsNew = async (params: URLSearchParams, locale: Locale, samples: boolean, now = new Date()) => {
  const requested = parseMonth(params);
  const current = berlinMonth(now);
  const month = requested || current;
  if (month > current) error(404, messages[locale].whatsNew.noMonth);
  const bounds = monthBounds(month);
  const [earliest, entries] = await Promise.all([getEarliestPublication(samples), getNewEntries(bounds, locale, samples)]);
  const first = earliest ? berlinMonth(earliest) : current;
  if (month < first) error(404, messages[locale].whatsNew.noMonth);
  // The current month's page is /neu itself: the month before links it until the month turns.
  if (month >= addMonths(current, -1)) recordValidUntil(monthBounds(current).end.getTime());
  const link = (to: Month) => ({ month: to, path: to === current ? '/neu' : `/neu?monat=${to}` });
  return {
    month,
    isCurrent: month === current,
    previous: month > first ? link(addMonths(month, -1)) : null,
    next: month < current ? link(addMonths(month, 1)) : null,
    entries,
  };
};

/** /neu.xml's span: this month and the one before, so that an entry published just before the month turned is still in the feed. */
export const loadRecentlyNew = async (locale: Locale, samples: boolean, now = new Date()) => {
  const current = berlinMonth(now);
  const { end } = monthBounds(current);
  recordValidUntil(end.getTime());
  return getNewEntries({ start: monthBounds(addMonths(current, -1)).start, end }, locale, samples);
};
