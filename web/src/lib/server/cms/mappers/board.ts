import type { Locale } from '$lib/i18n/locale';
import type { BoardEntry } from '$lib/types';
import type { BoardNoticesQuery } from '../generated/graphql';
import { latest } from '../instants';
import { visible } from '../samples';

export type BoardNotice = NonNullable<BoardNoticesQuery['notices_connection']>['nodes'][number];

/**
 * A notice as the board and its feed show it, with its text in `locale` where translated. The
 * region's name comes from the filter options (by slug), which are in the page's language.
 */
export const toBoardEntry = (notice: BoardNotice, locale: Locale, regionNames: Map<string, string>, showSamples: boolean): BoardEntry => {
  const translation = locale === 'de' ? null : (notice.localizations ?? []).find((l) => l?.locale === locale);
  // A single relation cannot be filtered in the query, so a hidden sample place is dropped here.
  const place = visible(notice.place, showSamples);
  const region = place?.region ? (regionNames.get(place.region.slug) ?? null) : null;
  return {
    documentId: notice.documentId,
    direction: notice.direction,
    kind: notice.kind,
    text: translation?.text ?? notice.text,
    addedOn: notice.addedOn,
    expiresOn: notice.expiresOn,
    updatedAt: latest(notice.addedOn, notice.updatedAt, translation?.updatedAt),
    isSample: notice.isSample,
    place: place && { name: place.name, href: `/orte/${place.slug}`, region },
    contentLocale: translation ? locale : 'de',
  };
};
