import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import type { DirectoryParams } from '$lib/types';
import { operation } from './client';
import {
  DirectoryDocument,
  FilterOptionsDocument,
  PlaceProfileDocument,
  PlacesNearbyDocument,
  type MeetingFiltersInput,
  type PlaceFiltersInput,
} from './generated/graphql';
import { toPlaceCard, toPlaceProfile } from './mappers/place';

const directory = operation(DirectoryDocument);
const filterOptions = operation(FilterOptionsDocument);
const profile = operation(PlaceProfileDocument);
const nearby = operation(PlacesNearbyDocument);

export const PAGE_SIZE = 12;

/** Sample content is left out entirely unless the SHOW_SAMPLES setting allows it. */
export const sampleFilter = () => (config().showSamples ? [] : [{ isSample: { eq: false } }]);

/** A region matches its own places and those of its child regions (Altmark lies in Sachsen-Anhalt). */
export const inRegion = (slug: string): PlaceFiltersInput => ({
  region: { or: [{ slug: { eq: slug } }, { parent: { slug: { eq: slug } } }] },
});

export const directoryFilters = (params: DirectoryParams): PlaceFiltersInput => ({
  and: [
    ...sampleFilter(),
    ...(params.region ? [inRegion(params.region)] : []),
    ...(params.theme ? [{ themes: { slug: { eq: params.theme } } }] : []),
    ...(params.stage ? [{ stage: { eq: params.stage } }] : []),
    ...(params.network ? [{ network: { eq: params.network } }] : []),
    ...(params.q
      ? [{ or: [{ name: { containsi: params.q } }, { teaser: { containsi: params.q } }, { address: { town: { containsi: params.q } } }] }]
      : []),
  ],
});

export const getDirectory = async (params: DirectoryParams, locale: Locale) => {
  const [result, options] = await Promise.all([
    directory({ filters: directoryFilters(params), page: params.page, pageSize: PAGE_SIZE, locale }),
    filterOptions({ locale }),
  ]);
  const { cmsPublicUrl } = config();
  const { nodes, pageInfo } = result.places_connection ?? { nodes: [], pageInfo: { total: 0, page: 1, pageSize: PAGE_SIZE, pageCount: 0 } };
  return {
    places: nodes.map((place) => toPlaceCard(place, cmsPublicUrl)),
    total: pageInfo.total,
    page: pageInfo.page,
    pageCount: pageInfo.pageCount,
    regions: options.regions.flatMap((r) => (r ? [{ slug: r.slug, name: r.name, parent: r.parent?.slug ?? null }] : [])),
    themes: options.themes.flatMap((t) => (t ? [{ slug: t.slug, name: t.name }] : [])),
  };
};

/** Published, real places for partner sites' widget: samples never leave our own pages. */
export const getEmbedPlaces = async (filter: Pick<DirectoryParams, 'region' | 'theme'>, limit: number, locale: Locale) => {
  const params: DirectoryParams = { ...filter, stage: '', network: '', q: '', page: 1 };
  const filters = { and: [...(directoryFilters(params).and ?? []), { isSample: { eq: false } }] };
  const result = await directory({ filters, page: 1, pageSize: limit, locale });
  const { cmsPublicUrl } = config();
  return (result.places_connection?.nodes ?? []).map((place) => toPlaceCard(place, cmsPublicUrl));
};

export const getPlace = async (slug: string, today: string, locale: Locale, preview = false) => {
  const meetingFilters: MeetingFiltersInput = { and: sampleFilter() };
  const { places } = await profile({ slug, locale, meetingFilters }, { preview });
  const place = places[0];
  if (!place || (place.isSample && !config().showSamples)) return null;
  const others = place.region
    ? await nearby({
        filters: { and: [...sampleFilter(), { region: { slug: { eq: place.region.slug } } }, { slug: { ne: slug } }] },
        locale,
      })
    : { places: [] };
  const { cmsPublicUrl } = config();
  return {
    place: toPlaceProfile(place, cmsPublicUrl, today),
    nearby: others.places.flatMap((p) => (p ? [toPlaceCard(p, cmsPublicUrl)] : [])),
  };
};
