import type { Locale } from '$lib/i18n/locale';
import type { DirectoryParams } from '$lib/types';
import { operation } from './client';
import { DirectoryFeedDocument } from './generated/graphql';
import { latest } from './instants';
import { assertKnownOptions, directoryFilters, getFilterOptions } from './places';
import { present } from './mappers/present';

const directoryFeed = operation(DirectoryFeedDocument);

/**
 * The places of a directory search for its feed, newest first by first publication (at most
 * 50), filtered as the directory filters them; a region or theme the CMS does not know is
 * refused. With the filter options, which name the search in the feed's title.
 */
export const getDirectoryFeed = async (params: DirectoryParams, locale: Locale, samples: boolean) => {
  const [result, options] = await Promise.all([directoryFeed({ filters: directoryFilters(params, samples), locale }), getFilterOptions(locale)]);
  assertKnownOptions(params, options);
  const places = present(result.places).map((place) => {
    // Filled for every published place at the CMS's boot; the fallback only keeps the type honest.
    const published = place.firstPublishedAt ?? place.updatedAt ?? new Date(0).toISOString();
    const where = [place.address?.town, place.region?.name].filter(Boolean).join(', ');
    return {
      path: `/orte/${place.slug}`,
      title: place.name,
      summary: [place.teaser, where].filter(Boolean).join('\n\n') || null,
      stage: place.stage,
      published,
      updated: latest(published, place.updatedAt),
      contentLocale: locale,
    };
  });
  return { places, options };
};
