import type { Locale } from '$lib/i18n/locale';
import type { DirectoryParams } from '$lib/types';
import { config } from '../config';
import { operation } from './client';
import { MapPlacesDocument } from './generated/graphql';
import { localizedList, type Localized } from './localized-list';
import { present } from './mappers/present';
import { allPages, pageOf } from './paging';
import { directoryFilters } from './places';
import { isPosition } from '../feeds/geojson';

// Not kept in the answer cache: at 10,002 places its 201 pages cost 6 to 7 MB of heap per language
// and filter, and what reads them (the maps and the map feed) is kept rendered by the page cache.
const mapPlaces = operation(MapPlacesDocument, { keep: false });

export type MapPlace = Localized<{
  slug: string;
  name: string;
  teaser: string;
  stage: string;
  isSample: boolean;
  latitude: number;
  longitude: number;
  /** The town of its address, which the maps name; null where the entry has none. */
  town: string | null;
  region: { slug: string; name: string } | null;
  themes: { slug: string; name: string }[];
}>;

/**
 * The places for the maps and the map feed, filtered like the directory (a region includes its
 * child regions). Samples follow SHOW_SAMPLES like the directory, unless a feed says otherwise.
 */
export const getMapPlaces = async (params: DirectoryParams, locale: Locale, samples: boolean = config().showSamples): Promise<MapPlace[]> => {
  const filters = directoryFilters(params, samples);
  const places = await localizedList(locale, (locale) => allPages(async (page) => pageOf((await mapPlaces({ filters, page, locale })).places_connection)));
  // Only places with valid coordinates can be drawn; the entry form does not require them.
  return places.flatMap(({ geo, address, themes, ...place }) =>
    geo && isPosition(geo.latitude, geo.longitude) ? [{ ...place, latitude: geo.latitude, longitude: geo.longitude, town: address?.town || null, themes: present(themes) }] : [],
  );
};
