import { isBoardKind } from '$lib/board';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { BoardParams } from '$lib/types';
import { getBoard } from './cms/board';
import { config } from './config';
import { invalidParamsAre400, pick } from './directory-params';
import { assertPageExists, parsePlaceListParams } from './list-params';

/** The board's filters, read from the URL (the page's and the feed's); a value that cannot be valid is a 400 naming it. */
export const parseBoardParams = (params: URLSearchParams): BoardParams => ({
  ...parsePlaceListParams(params),
  kind: pick(params, 'art', (value) => isBoardKind(messages.de, value)),
});

/** The load of `/gesucht`: a page of the board with its filters; bad filters are a 400, a page past the last a 404. */
export const loadBoardPage = async (url: URL, locale: Locale) => {
  const { params, board } = await invalidParamsAre400(locale, async () => {
    const params = parseBoardParams(url.searchParams);
    return { params, board: await getBoard(params, locale, config().showSamples) };
  });
  assertPageExists(locale, params.page, board.pageCount);
  return { params, ...board };
};
