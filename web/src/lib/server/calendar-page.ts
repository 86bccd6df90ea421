import { berlinDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { calendarClock } from './calendar-clock';
import { parseCalendarParams } from './calendar-params';
import type { CalendarPart } from './cms/calendar-filters';
import { getCalendarPage } from './cms/calendar-list';
import { invalidParamsAre400 } from './directory-params';
import { assertPageExists } from './list-params';

/** How many months the month filter offers: two years ahead, or back in the archive. */
const MONTHS = 24;

/** The months to choose from, from the current one on (or back), with the chosen one if it lies further. */
const monthOptions = (part: CalendarPart, chosen: string) => {
  const [year, month] = berlinDate(calendarClock().now).split('-').map(Number);
  const step = part === 'upcoming' ? 1 : -1;
  const months = Array.from({ length: MONTHS }, (_, i) => {
    const index = year * 12 + month - 1 + step * i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  return chosen && !months.includes(chosen) ? [...months, chosen].sort((a, b) => step * a.localeCompare(b)) : months;
};

/** The load of `/termine` and `/termine/archiv`: a page of the calendar with its filters; bad filters are a 400. */
export const loadCalendarPage = async (url: URL, locale: Locale, part: CalendarPart) => {
  const { params, calendar } = await invalidParamsAre400(locale, async () => {
    const params = parseCalendarParams(url.searchParams);
    return { params, calendar: await getCalendarPage(params, part, locale) };
  });
  assertPageExists(locale, params.page, calendar.pageCount);
  return { params, part, months: monthOptions(part, params.month), ...calendar };
};
