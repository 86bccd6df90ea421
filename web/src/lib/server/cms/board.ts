import { directionOf } from '$lib/board';
import { berlinDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import type { BoardParams } from '$lib/types';
import { currentNotices } from '../notice-expiry';
import { operation } from './client';
import { BoardNoticesDocument, type NoticeFiltersInput } from './generated/graphql';
import { toBoardEntry } from './mappers/board';
import { assertKnownOptions, atPlace, getFilterOptions } from './places';
import { sampleFilter } from './samples';

const boardNotices = operation(BoardNoticesDocument);

/** The page size of BoardNotices. */
export const BOARD_PAGE_SIZE = 20;

/**
 * The board's filters for the CMS: not expired on `today` (so that the count and the pages are
 * right even where the CMS would still answer a lapsed notice), a direction or a kind, and the
 * place's region (with its children) and theme.
 */
export const boardFilters = (params: BoardParams, samples: boolean, today: string): NoticeFiltersInput => {
  const direction = directionOf(params.kind);
  return {
    and: [
      ...sampleFilter(samples),
      { or: [{ expiresOn: { null: true } }, { expiresOn: { gte: today } }] },
      ...(direction ? [{ direction: { eq: direction } }] : params.kind ? [{ kind: { eq: params.kind } }] : []),
      ...atPlace(params),
    ],
  };
};

/**
 * One page of the board, newest first, with the filter options: the page and the feed both read
 * it. An unknown region or theme is an InvalidParamError, like a malformed one.
 */
export const getBoard = async (params: BoardParams, locale: Locale, samples: boolean, now = new Date()) => {
  const [data, options] = await Promise.all([
    boardNotices({ filters: boardFilters(params, samples, berlinDate(now.toISOString())), page: params.page, translated: locale !== 'de' }),
    getFilterOptions(locale),
  ]);
  assertKnownOptions(params, options);
  const regionNames = new Map(options.regions.map((region) => [region.slug, region.name]));
  const connection = data.notices_connection;
  const notices = currentNotices(connection?.nodes ?? [], now);
  return {
    entries: notices.map((notice) => toBoardEntry(notice, locale, regionNames, samples)),
    total: connection?.pageInfo.total ?? 0,
    page: params.page,
    pageCount: connection?.pageInfo.pageCount ?? 0,
    ...options,
  };
};
