import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { InvalidParamError, pick } from './directory-params';
import { parsePageParam } from './page-param';
import { isSlug } from './slug';

/**
 * The parameters every list of entries at places shares (the calendar, the board): `region`,
 * `thema` and `seite`. A value that cannot be valid is a 400 naming it; whether a region or theme
 * exists is for the list to check against the CMS's options (`assertKnownOptions`).
 */
export const parsePlaceListParams = (params: URLSearchParams) => {
  const page = parsePageParam(params.get('seite'));
  if (page === null) throw new InvalidParamError('seite');
  return { region: pick(params, 'region', isSlug), theme: pick(params, 'thema', isSlug), page };
};

/** A page past a list's last is a 404; the first page exists even when the list is empty. */
export const assertPageExists = (locale: Locale, page: number, pageCount: number) => {
  if (page > 1 && page > pageCount) error(404, messages[locale].notFound.resultPage);
};
