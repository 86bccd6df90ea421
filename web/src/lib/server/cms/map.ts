import { localizePath, type Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import type { MapPin } from '$lib/map/pins';
import type { DirectoryParams } from '$lib/types';
import { config } from '../config';
import { isPosition } from '../feeds/geojson';
import { getMapPlaces } from './feeds';

/**
 * The published places with coordinates, filtered like the directory. It reads the same cached,
 * paged operation as /orte.geojson; samples follow SHOW_SAMPLES like the directory's pages.
 */
export const getMapPins = async (params: DirectoryParams, locale: Locale): Promise<MapPin[]> => {
  const places = await getMapPlaces(params, locale, config().showSamples);
  const stages = messages[locale].labels.stage;
  return places
    .filter((place) => isPosition(place.latitude, place.longitude))
    .map((place) => ({
      slug: place.slug,
      name: place.name,
      teaser: place.teaser,
      stageLabel: label(stages, place.stage),
      isSample: place.isSample,
      href: localizePath(`/orte/${place.slug}`, locale),
      position: [place.longitude, place.latitude],
    }));
};
