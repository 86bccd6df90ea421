import { formatEventDate, formatMeetingDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import { operation } from './client';
import { FeedEntriesDocument } from './generated/graphql';
import { latest } from './instants';
import { preferTranslated } from './localized-list';
import { present } from './mappers/present';
import { sampleFilter, visible } from './samples';

const feedEntries = operation(FeedEntriesDocument);

export type FeedEntry = {
  path: string;
  kind: 'article' | 'meeting' | 'event' | 'person';
  title: string;
  summary: string | null;
  published: string;
  updated: string;
  contentLocale: Locale;
};

/** The newest articles, meetings, events and people together, newest first, at most `limit`. */
export const getFeedEntries = async (locale: Locale, samples: boolean, limit = 50): Promise<FeedEntry[]> => {
  const filters = { and: sampleFilter(samples) };
  const load = (contentLocale: Locale) => feedEntries({ locale: contentLocale, articles: filters, meetings: filters, events: filters, people: filters });
  const [german, translated] = await Promise.all([load('de'), locale === 'de' ? null : load(locale)]);
  const articles = preferTranslated(locale, present(german.articles), present(translated?.articles));
  const meetings = preferTranslated(locale, present(german.meetings), present(translated?.meetings));
  const events = preferTranslated(locale, present(german.events), present(translated?.events));
  const people = preferTranslated(locale, present(german.people), present(translated?.people));
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
    ...events.map((event) => {
      // An event's summary says what, when and where: a reader of the feed decides from it alone.
      const place = visible(event.place, samples);
      const what = label(messages[event.contentLocale].labels.eventKind, event.kind);
      const where = [place?.name, place?.address?.town].filter(Boolean).join(', ');
      const published = event.createdAt ?? event.updatedAt ?? new Date(0).toISOString();
      return {
        path: `/termine/${event.slug}`,
        kind: 'event' as const,
        title: event.title,
        summary: [what, formatEventDate(event.contentLocale, event), where].filter(Boolean).join(' · '),
        published,
        updated: latest(published, event.updatedAt),
        contentLocale: event.contentLocale,
      };
    }),
    ...people.map((person) => {
      // A person joins the feed when first entered, like meetings and events.
      const published = person.createdAt ?? person.updatedAt ?? new Date(0).toISOString();
      return {
        path: `/menschen/${person.slug}`,
        kind: 'person' as const,
        title: person.name,
        summary: [person.role, person.quote].filter(Boolean).join(' · '),
        published,
        updated: latest(published, person.updatedAt),
        contentLocale: person.contentLocale,
      };
    }),
  ];
  return entries
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.path < b.path ? -1 : 1))
    .slice(0, limit);
};
