import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { InvalidParamError } from '../directory-params';
import type { DirectoryParams } from '$lib/types';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import {
  DirectoryDocument,
  FilterOptionsDocument,
  PlaceProfileDocument,
  PlacesNearbyDocument,
  type MeetingFiltersInput,
  type PlaceFiltersInput,
  type RegionFiltersInput,
} from './generated/graphql';
import { hubFilter, hubSort } from './hub-fields';
import { germanDecides } from './localized-list';
import { toProfilePerson } from './mappers/person';
import { toPlaceCard, toPlaceProfile } from './mappers/place';
import { present } from './mappers/present';
import { sampleFilter, visible } from './samples';

const directory = operation(DirectoryDocument);
const filterOptions = operation(FilterOptionsDocument);
const profile = operation(PlaceProfileDocument);
const nearby = operation(PlacesNearbyDocument);

export const PAGE_SIZE = 12;

/** A region and its child regions: Sachsen-Anhalt's places and meetings include the Altmark's. */
export const regionAndChildren = (slug: string): RegionFiltersInput => ({ or: [{ slug: { eq: slug } }, { parent: { slug: { eq: slug } } }] });

export const inRegion = (slug: string): PlaceFiltersInput => ({ region: regionAndChildren(slug) });

/**
 * The filters of an entry by its place (an event's, a notice's), which it takes its region and
 * themes from: in the region or one of its child regions, and with the theme.
 */
export const atPlace = ({ region, theme }: { region: string; theme: string }): { place: PlaceFiltersInput }[] => [
  ...(region ? [{ place: inRegion(region) }] : []),
  ...(theme ? [{ place: { themes: { slug: { eq: theme } } } }] : []),
];

/** A region or theme the CMS does not know is as invalid as a malformed one. */
export const assertKnownOptions = (params: { region: string; theme: string }, options: { regions: { slug: string }[]; themes: { slug: string }[] }) => {
  if (params.region && !options.regions.some((r) => r.slug === params.region)) throw new InvalidParamError('region');
  if (params.theme && !options.themes.some((t) => t.slug === params.theme)) throw new InvalidParamError('thema');
};

export const directoryFilters = (params: DirectoryParams, samples?: boolean): PlaceFiltersInput => ({
  and: [
    ...sampleFilter(samples),
    ...(params.region ? [inRegion(params.region)] : []),
    ...(params.theme ? [{ themes: { slug: { eq: params.theme } } }] : []),
    ...(params.stage ? [{ stage: { eq: params.stage } }] : []),
    ...(params.network ? [{ network: { eq: params.network } }] : []),
    ...(params.q
      ? [{ or: [{ name: { containsi: params.q } }, { teaser: { containsi: params.q } }, { address: { town: { containsi: params.q } } }] }]
      : []),
    ...(params.from ? [hubFilter(params.from, params.minutes)] : []),
  ],
});

/** The directory's order: by name, or from a hub (`von`) quickest first. */
export const directorySort = (params: Pick<DirectoryParams, 'from'>) => (params.from ? hubSort(params.from) : ['name:asc', 'slug:asc']);

/** The regions (with their parent region's slug) and themes that lists filter by, by name. */
export const getFilterOptions = async (locale: Locale) => {
  const options = await filterOptions({ locale });
  return {
    regions: options.regions.flatMap((r) => (r ? [{ slug: r.slug, name: r.name, parent: r.parent?.slug ?? null }] : [])),
    themes: options.themes.flatMap((t) => (t ? [{ slug: t.slug, name: t.name }] : [])),
  };
};

export const getDirectory = async (params: DirectoryParams, locale: Locale) => {
  const [result, options] = await Promise.all([
    directory({ filters: directoryFilters(params), sort: directorySort(params), page: params.page, pageSize: PAGE_SIZE, locale }),
    getFilterOptions(locale),
  ]);
  const { cmsPublicUrl } = config();
  const { nodes, pageInfo } = result.places_connection ?? { nodes: [], pageInfo: { total: 0, page: 1, pageSize: PAGE_SIZE, pageCount: 0 } };
  return {
    places: nodes.map((place) => toPlaceCard(place, cmsPublicUrl)),
    total: pageInfo.total,
    page: pageInfo.page,
    pageCount: pageInfo.pageCount,
    ...options,
  };
};

/** Published, real places for partner sites' widget: samples never leave our own pages. */
export const getEmbedPlaces = async (filter: Pick<DirectoryParams, 'region' | 'theme'>, limit: number, locale: Locale) => {
  const params: DirectoryParams = { ...filter, stage: '', network: '', q: '', from: '', minutes: null, page: 1 };
  const result = await directory({ filters: directoryFilters(params, false), sort: directorySort(params), page: 1, pageSize: limit, locale });
  const { cmsPublicUrl } = config();
  return (result.places_connection?.nodes ?? []).map((place) => toPlaceCard(place, cmsPublicUrl));
};

/** Other places of the region shown on a profile; the query asks for one more, the place itself. */
const NEARBY = 4;

/**
 * A place's profile and other places of its region, in the visitor's language or else in German
 * (`contentLocale`): the profile in both comes in one request, the region's places in a second.
 */
export const getPlace = async (slug: string, locale: Locale, preview = false) => {
  const samples = sampleFilter();
  const meetingFilters: MeetingFiltersInput = { and: samples };
  const data = await profile({ slug, ...withGerman(locale), meetingFilters, peopleFilters: { and: samples } }, { preview });
  const found = inLocaleOrGerman(locale, visible(data.places[0]), visible(data.german?.[0]));
  if (!found) return null;
  const { content: place, contentLocale } = found;
  // The same request for every place of the region, the place itself left out here: one cached
  // answer serves them all, and renewing their pages after a publish costs one request, not one each.
  const others = place.region
    ? await nearby({ filters: { and: [...sampleFilter(), { region: { slug: { eq: place.region.slug } } }] }, locale: contentLocale })
    : { places: [] };
  const { cmsPublicUrl } = config();
  const neighbours = present(others.places).filter((other) => other.slug !== slug).slice(0, NEARBY);
  const notices = germanDecides(locale, present(data.notices), present(data.germanNotices));
  const people = germanDecides(locale, present(data.people), present(data.germanPeople));
  return {
    content: {
      place: toPlaceProfile(place, notices, cmsPublicUrl),
      people: people.map((person) => toProfilePerson(person, cmsPublicUrl)),
      nearby: neighbours.map((p) => toPlaceCard(p, cmsPublicUrl)),
    },
    contentLocale,
  };
};
