import { boardHref, noticeHref, noticeKindLabel } from '$lib/board';
import { localizePath, type Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import { getCalendarEvent, getCalendarFeed, getCalendarMeeting, getCalendarMeetings, getPlaceCalendar, type CalendarItem } from '../cms/calendar';
import { getFeedEntries } from '../cms/feed-entries';
import { latest } from '../cms/instants';
import { getMapPlaces } from '../cms/map-places';
import { getSitemapPages } from '../cms/sitemap';
import { parseBoardParams } from '../board-page';
import { berlinMidnight } from '../calendar-clock';
import { parseCalendarParams } from '../calendar-params';
import { getBoard } from '../cms/board';
import { parseDirectoryParams } from '../directory-params';
import { isSlug } from '../slug';
import { atomFeed, type AtomEntry } from './atom';
import { featureCollection, point } from './geojson';
import { calendar, type CalendarEvent } from './ical';
import { includeSamples } from './params';
import type { Feed } from './respond';
import { robotsTxt, sitemap, type SitemapUrl } from './sitemap';

/** The absolute address of a site page in a language. */
export const pageUrl = (url: URL, path: string, locale: Locale) => `${url.origin}${localizePath(path, locale)}`;

/** /orte.geojson: the directory's places with coordinates, filtered with the directory's parameters. */
export const placesGeoJson = async (url: URL, locale: Locale): Promise<Feed> => {
  const params = parseDirectoryParams(url.searchParams);
  const places = await getMapPlaces(params, locale, includeSamples(url.searchParams));
  const stages = messages[locale].labels.stage;
  const features = places.map((place) =>
    point(place.slug, place.latitude, place.longitude, {
      name: place.name,
      slug: place.slug,
      url: pageUrl(url, `/orte/${place.slug}`, locale),
      teaser: place.teaser,
      town: place.town,
      stage: place.stage,
      stageLabel: label(stages, place.stage),
      region: place.region,
      themes: place.themes,
      isSample: place.isSample,
      language: place.contentLocale,
    }),
  );
  return { body: JSON.stringify(featureCollection(features)), type: 'application/geo+json; charset=utf-8' };
};

/**
 * A meeting or an event as a VEVENT. Meetings keep the UIDs /treffen.ics has always given them;
 * an event's says that it is one, as an event and a meeting may share a slug.
 */
const toEvent = (url: URL, item: CalendarItem, locale: Locale, type: 'meeting' | 'event' = 'meeting'): CalendarEvent => {
  const page = pageUrl(url, `${type === 'meeting' ? '/treffen' : '/termine'}/${item.slug}`, locale);
  return {
    uid: `${type === 'meeting' ? '' : 'termin-'}${item.slug}@${url.hostname}`,
    start: new Date(item.startsAt),
    end: item.endsAt ? new Date(item.endsAt) : null,
    allDay: item.allDay,
    title: item.title,
    // Many calendar apps show the description but not the URL property, so it carries the link too.
    description: [item.summary, page].filter(Boolean).join('\n\n'),
    location: item.location || null,
    url: page,
  };
};

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** /treffen.ics: every dated meeting. */
export const meetingsCalendar = async (url: URL, locale: Locale, now = new Date()): Promise<Feed> => {
  const meetings = await getCalendarMeetings(locale, includeSamples(url.searchParams));
  const events = meetings.map((meeting) => toEvent(url, meeting, locale));
  return { body: calendar({ name: messages[locale].feeds.calendarName, events, stamp: now }), type: CALENDAR_TYPE };
};

/** /termine.ics: the calendar's meetings and events, with the page's filters, past ones included. */
export const eventsCalendar = async (url: URL, locale: Locale, now = new Date()): Promise<Feed> => {
  const params = parseCalendarParams(url.searchParams);
  const { events, meetings } = await getCalendarFeed(params, locale, includeSamples(url.searchParams));
  const entries = [...meetings.map((m) => toEvent(url, m, locale)), ...events.map((e) => toEvent(url, e, locale, 'event'))].sort(
    (a, b) => a.start.getTime() - b.start.getTime(),
  );
  return { body: calendar({ name: messages[locale].feeds.eventsCalendarName, events: entries, stamp: now }), type: CALENDAR_TYPE };
};

/** /orte/<slug>/termine.ics: a place's events, past ones included; null for an unknown place. */
export const placeEventsCalendar = async (url: URL, slug: string, locale: Locale, now = new Date()): Promise<Feed | null> => {
  if (!isSlug(slug)) return null;
  const place = await getPlaceCalendar(slug, locale);
  if (!place) return null;
  const events = place.events.map((e) => toEvent(url, e, locale, 'event'));
  return { body: calendar({ name: messages[locale].feeds.placeCalendarName(place.name), events, stamp: now }), type: CALENDAR_TYPE };
};

/** /termine/<slug>.ics: one event, for the page's "In den Kalender" button; null when unknown. */
export const eventCalendar = async (url: URL, slug: string, locale: Locale, now = new Date()): Promise<Feed | null> => {
  if (!isSlug(slug)) return null;
  const event = await getCalendarEvent(slug, locale);
  if (!event) return null;
  return { body: calendar({ name: event.title, events: [toEvent(url, event, locale, 'event')], stamp: now }), type: CALENDAR_TYPE, filename: `${slug}.ics` };
};

/** /treffen/<slug>.ics: one meeting, for the page's "In den Kalender" button; null when unknown or undated. */
export const meetingCalendar = async (url: URL, slug: string, locale: Locale, now = new Date()): Promise<Feed | null> => {
  if (!isSlug(slug)) return null;
  const meeting = await getCalendarMeeting(slug, locale);
  if (!meeting) return null;
  return {
    body: calendar({ name: meeting.title, events: [toEvent(url, meeting, locale)], stamp: now }),
    type: CALENDAR_TYPE,
    filename: `${slug}.ics`,
  };
};

/** An entry that is a page of the site, in the feed's language, noting where it comes in German only. */
export const pageEntry = (
  url: URL,
  locale: Locale,
  entry: { path: string; title: string; summary: string | null; published: string; updated: string; contentLocale: Locale },
  category: AtomEntry['category'],
): AtomEntry => {
  const link = pageUrl(url, entry.path, locale);
  return {
    id: link,
    title: entry.title,
    url: link,
    published: entry.published,
    updated: entry.updated,
    summary: entry.summary,
    category,
    language: entry.contentLocale === locale ? undefined : entry.contentLocale,
  };
};

/** /feed.xml: the newest articles and meetings. */
export const atom = async (url: URL, locale: Locale, now = new Date()): Promise<Feed> => {
  const m = messages[locale];
  const entries = await getFeedEntries(locale, includeSamples(url.searchParams));
  const self = pageUrl(url, '/feed.xml', locale);
  return {
    body: atomFeed({
      id: `${self}${url.search}`,
      title: m.feeds.atomTitle,
      subtitle: m.feeds.atomSubtitle,
      language: locale,
      selfUrl: `${self}${url.search}`,
      alternateUrl: pageUrl(url, '/', locale),
      author: m.site.name,
      now,
      entries: entries.map((entry) => pageEntry(url, locale, entry, { term: entry.kind, label: m.feeds.kinds[entry.kind] })),
    }),
    type: 'application/atom+xml; charset=utf-8',
  };
};

/**
 * /gesucht.xml: the board's page with the same filters, one entry per notice, newest first; null
 * for a page past the last. Its id is the notice's page, named by its documentId, which never changes.
 */
export const boardAtom = async (url: URL, locale: Locale, now = new Date()): Promise<Feed | null> => {
  const m = messages[locale];
  const params = parseBoardParams(url.searchParams);
  const board = await getBoard(params, locale, includeSamples(url.searchParams));
  if (params.page > 1 && params.page > board.pageCount) return null;
  const self = `${pageUrl(url, '/gesucht.xml', locale)}${url.search}`;
  return {
    body: atomFeed({
      id: self,
      title: m.board.feedTitle,
      subtitle: m.board.description,
      language: locale,
      selfUrl: self,
      alternateUrl: `${url.origin}${localizePath(boardHref('/gesucht', params), locale)}`,
      author: m.site.name,
      now,
      entries: board.entries.map((entry) => {
        const link = pageUrl(url, noticeHref(entry.documentId), locale);
        const kind = noticeKindLabel(m, entry.direction, entry.kind);
        const published = berlinMidnight(entry.addedOn).toISOString();
        return {
          id: link,
          title: [`${m.board.direction[entry.direction]}: ${kind}`, entry.place?.name].filter(Boolean).join(' – '),
          url: link,
          published,
          updated: latest(published, entry.updatedAt),
          summary: null,
          content: entry.text,
          category: { term: entry.kind, label: kind },
          language: entry.contentLocale === locale ? undefined : entry.contentLocale,
        };
      }),
    }),
    type: 'application/atom+xml; charset=utf-8',
  };
};

/** /sitemap.xml: each page in each of its languages, with the others as hreflang alternates. */
export const sitemapXml = async (url: URL): Promise<Feed> => {
  const pages = await getSitemapPages(includeSamples(url.searchParams));
  const urls = pages.flatMap((page): SitemapUrl[] => {
    const alternates =
      page.languages.length > 1
        ? [
            ...page.languages.map((locale) => ({ hreflang: locale, href: pageUrl(url, page.path, locale) })),
            { hreflang: 'x-default', href: pageUrl(url, page.path, 'de') },
          ]
        : [];
    return page.languages.map((locale) => ({ loc: pageUrl(url, page.path, locale), lastmod: page.lastmod[locale] ?? null, alternates }));
  });
  return { body: sitemap(urls), type: 'application/xml; charset=utf-8' };
};

export const robots = (url: URL): Feed => ({ body: robotsTxt(url.origin), type: 'text/plain; charset=utf-8' });
