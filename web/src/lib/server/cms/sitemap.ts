import type { Locale } from '$lib/i18n/locale';
import { operation } from './client';
import {
  SitemapArticlesDocument,
  SitemapEventsDocument,
  SitemapMeetingsDocument,
  SitemapNoticesDocument,
  SitemapPagesDocument,
  SitemapPartnersDocument,
  SitemapPeopleDocument,
  SitemapPlacesDocument,
  SitemapRegionsDocument,
} from './generated/graphql';
import { latest } from './instants';
import { allPages, pageOf } from './paging';
import { sampleFilter } from './samples';

const sitemapPlaces = operation(SitemapPlacesDocument);
const sitemapMeetings = operation(SitemapMeetingsDocument);
const sitemapEvents = operation(SitemapEventsDocument);
const sitemapArticles = operation(SitemapArticlesDocument);
const sitemapRegions = operation(SitemapRegionsDocument);
const sitemapPartners = operation(SitemapPartnersDocument);
const sitemapPeople = operation(SitemapPeopleDocument);
const sitemapPages = operation(SitemapPagesDocument);
const sitemapNotices = operation(SitemapNoticesDocument);

/** A page of the sitemap: its German path, and when each language version last changed (null: none). */
export type SitemapPage = { path: string; lastmod: Record<Locale, string | null | undefined>; languages: Locale[] };

type Connection = { nodes: { slug: string; updatedAt: string | null }[]; pageInfo: { pageCount: number } } | null;

/** Both languages of one type, paged together; a page exists in English only where translated. */
const bothLanguages = async (fetchPage: (page: number) => Promise<{ de: Connection; en: Connection }>, base: string): Promise<SitemapPage[]> => {
  const rows = await allPages(async (page) => {
    const { de, en } = await fetchPage(page);
    const [german, english] = [pageOf(de), pageOf(en)];
    const items = [...german.items.map((n) => ({ ...n, locale: 'de' as const })), ...english.items.map((n) => ({ ...n, locale: 'en' as const }))];
    return { items, pageCount: Math.max(german.pageCount, english.pageCount) };
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
 * Every public page: the fixed pages in both languages, then each place, meeting, event, article,
 * region, partner and person. List pages changed when their newest entry did (the board: its newest notice).
 */
export const getSitemapPages = async (samples: boolean): Promise<SitemapPage[]> => {
  const filters = { and: sampleFilter(samples) };
  const [places, meetings, events, articles, regions, partners, people, single, notices] = await Promise.all([
    bothLanguages((page) => sitemapPlaces({ filters, page }), '/orte'),
    bothLanguages((page) => sitemapMeetings({ filters, page }), '/treffen'),
    bothLanguages((page) => sitemapEvents({ filters, page }), '/termine'),
    bothLanguages((page) => sitemapArticles({ filters, page }), '/beitraege'),
    bothLanguages((page) => sitemapRegions({ page }), '/regionen'),
    allPages(async (page) => pageOf((await sitemapPartners({ filters, page })).partners_connection)),
    bothLanguages((page) => sitemapPeople({ filters, page }), '/menschen'),
    sitemapPages({}),
    sitemapNotices({ filters }),
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
    list('/termine', [...meetings, ...events]),
    list('/termine/archiv', [...meetings, ...events]),
    fixed('/gesucht', notices.de[0]?.updatedAt, notices.en[0]?.updatedAt),
    list('/beitraege', articles),
    list('/partner', partnerPages),
    list('/menschen', people),
    list('/neu', [...places, ...events, ...articles, ...people]),
    fixed('/ueber', single.aboutDe?.updatedAt, single.aboutEn?.updatedAt),
    fixed('/mitmachen', null, null),
    list('/welcher-ort', places),
    list('/karte', places),
    fixed('/daten', null, null),
    fixed('/impressum', single.imprintDe?.updatedAt, single.imprintEn?.updatedAt),
    fixed('/datenschutz', single.privacyDe?.updatedAt, single.privacyEn?.updatedAt),
    fixed('/barrierefreiheit', single.accessibilityDe?.updatedAt, single.accessibilityEn?.updatedAt),
    ...places,
    ...meetings,
    ...events,
    ...articles,
    ...regions,
    ...partnerPages,
    ...people,
  ];
};
