import { formatMeetingDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import type { DirectoryParams } from '$lib/types';
import { config } from '../config';
import { operation } from './client';
import { inLocaleOrGerman } from './fallback';
import {
  CalendarMeetingBySlugDocument,
  CalendarMeetingsDocument,
  FeedEntriesDocument,
  MapPlacesDocument,
  SitemapArticlesDocument,
  SitemapMeetingsDocument,
  SitemapPagesDocument,
  SitemapPartnersDocument,
  SitemapPlacesDocument,
  SitemapRegionsDocument,
  type CalendarMeetingFragment,
  type PlaceFiltersInput,
} from './generated/graphql';
import { present } from './mappers/present';
import { directoryFilters } from './places';

const mapPlaces = operation(MapPlacesDocument);
const calendarMeetings = operation(CalendarMeetingsDocument);
const calendarMeeting = operation(CalendarMeetingBySlugDocument);
const feedEntries = operation(FeedEntriesDocument);
const sitemapPlaces = operation(SitemapPlacesDocument);
const sitemapMeetings = operation(SitemapMeetingsDocument);
const sitemapArticles = operation(SitemapArticlesDocument);
const sitemapRegions = operation(SitemapRegionsDocument);
const sitemapPartners = operation(SitemapPartnersDocument);
const sitemapPages = operation(SitemapPagesDocument);

/** Feeds leave sample content out unless the request asked for it (see feeds/params.ts). */
const sampleFree = (samples: boolean) => (samples ? [] : [{ isSample: { eq: false } }]);

type Page<T> = { items: T[]; pageCount: number };

/**
 * Every page of a list, read one after the other: the CMS caps a page at 100 entries and a
 * query's cost at 1,000, and sequential requests keep a large feed from flooding it.
 */
export const allPages = async <T>(fetchPage: (page: number) => Promise<Page<T>>) => {
  const items: T[] = [];
  let pageCount = 1;
  for (let page = 1; page <= pageCount; page += 1) {
    const result = await fetchPage(page);
    items.push(...result.items);
    pageCount = result.pageCount;
  }
  return items;
};

type Localized<T> = T & { contentLocale: Locale };

/**
 * A list in the visitor's language: German is complete and decides what is listed and in which
 * order; each entry comes in English where it has been translated, as the pages do.
 */
const preferTranslated = <T extends { slug: string }>(locale: Locale, german: T[], translated: T[]) => {
  const own = new Map(translated.map((entry) => [entry.slug, entry]));
  return german.map((entry): Localized<T> => {
    const translation = own.get(entry.slug);
    return translation ? { ...translation, contentLocale: locale } : { ...entry, contentLocale: 'de' };
  });
};

const localizedList = async <T extends { slug: string }>(locale: Locale, load: (locale: Locale) => Promise<T[]>) => {
  const [german, translated] = await Promise.all([load('de'), locale === 'de' ? [] : load(locale)]);
  return preferTranslated(locale, german, translated);
};

export type MapPlace = Localized<{
  slug: string;
  name: string;
  teaser: string;
  stage: string;
  isSample: boolean;
  latitude: number;
  longitude: number;
  region: { slug: string; name: string } | null;
  themes: { slug: string; name: string }[];
}>;

/** The places on the map feed, filtered like the directory (a region includes its child regions). */
export const getMapPlaces = async (params: DirectoryParams, locale: Locale, samples: boolean): Promise<MapPlace[]> => {
  const filters: PlaceFiltersInput = { and: [...present(directoryFilters(params).and), ...sampleFree(samples)] };
  const places = await localizedList(locale, (locale) =>
    allPages(async (page) => {
      const { places_connection } = await mapPlaces({ filters, page, locale });
      return { items: places_connection?.nodes ?? [], pageCount: places_connection?.pageInfo.pageCount ?? 0 };
    }),
  );
  // Only places with coordinates can be drawn; the entry form does not require them.
  return places.flatMap(({ geo, themes, ...place }) => (geo ? [{ ...place, latitude: geo.latitude, longitude: geo.longitude, themes: present(themes) }] : []));
};

export type CalendarMeeting = Localized<{
  slug: string;
  title: string;
  summary: string | null;
  startsAt: string;
  endsAt: string | null;
  location: string;
}>;

const toCalendarMeeting = (meeting: Localized<CalendarMeetingFragment>, samples: boolean): CalendarMeeting[] => {
  if (!meeting.startsAt) return [];
  const venue = [meeting.venuePartner, meeting.venuePlace].find((v) => v && (samples || !v.isSample));
  const { address } = meeting;
  const location = [venue?.name, address?.street, [address?.postalCode, address?.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const { slug, title, summary, startsAt, endsAt, contentLocale } = meeting;
  return [{ slug, title, summary, startsAt, endsAt, location, contentLocale }];
};

/** Every meeting with a date, earliest first, past ones included: a calendar keeps its history. */
export const getCalendarMeetings = async (locale: Locale, samples: boolean) => {
  const filters = { and: [{ startsAt: { notNull: true } }, ...sampleFree(samples)] };
  const meetings = await localizedList(locale, (locale) =>
    allPages(async (page) => {
      const { meetings_connection } = await calendarMeetings({ filters, page, locale });
      return { items: meetings_connection?.nodes ?? [], pageCount: meetings_connection?.pageInfo.pageCount ?? 0 };
    }),
  );
  return meetings.flatMap((meeting) => toCalendarMeeting(meeting, samples));
};

/**
 * One meeting's calendar entry, shown wherever its page is: a sample follows SHOW_SAMPLES like
 * the page, so that the page's calendar button always works. Undated meetings have none.
 */
export const getCalendarMeeting = async (slug: string, locale: Locale) => {
  const { showSamples } = config();
  const result = await inLocaleOrGerman(locale, async (contentLocale) => {
    const meeting = present((await calendarMeeting({ slug, locale: contentLocale })).meetings)[0];
    return meeting && (showSamples || !meeting.isSample) ? meeting : null;
  });
  return result ? (toCalendarMeeting({ ...result.content, contentLocale: result.contentLocale }, showSamples)[0] ?? null) : null;
};

export type FeedEntry = {
  path: string;
  kind: 'article' | 'meeting';
  title: string;
  summary: string | null;
  published: string;
  updated: string;
  contentLocale: Locale;
};

const latest = (...instants: (string | null | undefined)[]) =>
  instants.filter((i): i is string => Boolean(i)).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

/** The newest articles and meetings together, newest first, at most `limit`. */
export const getFeedEntries = async (locale: Locale, samples: boolean, limit = 50): Promise<FeedEntry[]> => {
  const filters = { and: sampleFree(samples) };
  const load = (contentLocale: Locale) => feedEntries({ locale: contentLocale, articles: filters, meetings: filters });
  const [german, translated] = await Promise.all([load('de'), locale === 'de' ? null : load(locale)]);
  const articles = preferTranslated(locale, present(german.articles), present(translated?.articles));
  const meetings = preferTranslated(locale, present(german.meetings), present(translated?.meetings));
  const entries: FeedEntry[] = [
    ...articles.map((article) => {
      // publishedOn is the editorial date; an article edited before that date still sorts by it.
      const published = `${article.publishedOn}T00:00:00Z`;
      return {
        path: `/beitraege/${article.slug}`,
        kind: 'article' as const,
        title: article.title,
        summary: article.teaser,
        published,
        updated: latest(published, article.updatedAt),
        contentLocale: article.contentLocale,
      };
    }),
    ...meetings.map((meeting) => {
      const when = [formatMeetingDate(meeting.contentLocale, meeting.startsAt, meeting.endsAt), meeting.address?.town].filter(Boolean).join(' · ');
      // createdAt is when the meeting was first entered; publishedAt moves with every republish.
      const published = meeting.createdAt ?? meeting.updatedAt ?? new Date(0).toISOString();
      return {
        path: `/treffen/${meeting.slug}`,
        kind: 'meeting' as const,
        title: meeting.title,
        summary: [when, meeting.summary].filter(Boolean).join('\n\n'),
        published,
        updated: latest(published, meeting.updatedAt),
        contentLocale: meeting.contentLocale,
      };
    }),
  ];
  return entries
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.path < b.path ? -1 : 1))
    .slice(0, limit);
};

/** A page of the sitemap: its German path, and when each language version last changed (null: none). */
export type SitemapPage = { path: string; lastmod: Record<Locale, string | null | undefined>; languages: Locale[] };

type Stamped = { slug: string; updatedAt: string | null };
type Connection = { nodes: Stamped[]; pageInfo: { pageCount: number } } | null;

/** Both languages of one type, paged together; a page exists in English only where translated. */
const bothLanguages = async (fetchPage: (page: number) => Promise<{ de: Connection; en: Connection }>, base: string): Promise<SitemapPage[]> => {
  const rows = await allPages(async (page) => {
    const { de, en } = await fetchPage(page);
    const items = [...(de?.nodes ?? []).map((n) => ({ ...n, locale: 'de' as const })), ...(en?.nodes ?? []).map((n) => ({ ...n, locale: 'en' as const }))];
    return { items, pageCount: Math.max(de?.pageInfo.pageCount ?? 0, en?.pageInfo.pageCount ?? 0) };
  });
  const german = rows.filter((row) => row.locale === 'de');
  const english = new Map(rows.filter((row) => row.locale === 'en').map((row) => [row.slug, row]));
  return german.map(({ slug, updatedAt }) => {
    const translation = english.get(slug);
    return {
      path: `${base}/${slug}`,
      lastmod: { de: updatedAt, en: translation?.updatedAt },
      languages: translation ? ['de', 'en'] : ['de'],
    };
  });
};

const newest = (pages: SitemapPage[], locale: Locale) => {
  const stamps = pages.map((page) => page.lastmod[locale] ?? page.lastmod.de).filter((s): s is string => Boolean(s));
  return stamps.length ? latest(...stamps) : null;
};

/**
 * Every public page: the fixed pages in both languages, then each place, meeting, article,
 * region and partner. List pages changed when their newest entry did.
 */
export const getSitemapPages = async (samples: boolean): Promise<SitemapPage[]> => {
  const filters = { and: sampleFree(samples) };
  const [places, meetings, articles, regions, partners, single] = await Promise.all([
    bothLanguages((page) => sitemapPlaces({ filters, page }), '/orte'),
    bothLanguages((page) => sitemapMeetings({ filters, page }), '/treffen'),
    bothLanguages((page) => sitemapArticles({ filters, page }), '/beitraege'),
    bothLanguages((page) => sitemapRegions({ page }), '/regionen'),
    allPages(async (page) => {
      const { partners_connection } = await sitemapPartners({ filters, page });
      return { items: partners_connection?.nodes ?? [], pageCount: partners_connection?.pageInfo.pageCount ?? 0 };
    }),
    sitemapPages({}),
  ]);
  const partnerPages = partners.map(({ slug, updatedAt }): SitemapPage => ({
    path: `/partner/${slug}`,
    lastmod: { de: updatedAt, en: updatedAt },
    languages: ['de', 'en'],
  }));
  const fixed = (path: string, de: string | null | undefined, en: string | null | undefined): SitemapPage => ({
    path,
    lastmod: { de, en: en ?? de },
    languages: ['de', 'en'],
  });
  const list = (path: string, entries: SitemapPage[]) => fixed(path, newest(entries, 'de'), newest(entries, 'en'));
  return [
    fixed('/', single.homeDe?.updatedAt, single.homeEn?.updatedAt),
    list('/orte', places),
    list('/treffen', meetings),
    list('/beitraege', articles),
    list('/partner', partnerPages),
    fixed('/ueber', single.aboutDe?.updatedAt, single.aboutEn?.updatedAt),
    fixed('/mitmachen', null, null),
    list('/karte', places),
    fixed('/daten', null, null),
    fixed('/impressum', single.imprintDe?.updatedAt, single.imprintEn?.updatedAt),
    fixed('/datenschutz', single.privacyDe?.updatedAt, single.privacyEn?.updatedAt),
    fixed('/barrierefreiheit', single.accessibilityDe?.updatedAt, single.accessibilityEn?.updatedAt),
    ...places,
    ...meetings,
    ...articles,
    ...regions,
    ...partnerPages,
  ];
};
