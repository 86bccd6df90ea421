import { formatEventDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import { operation } from './client';
import { EarliestPublicationsDocument, NewEntriesDocument } from './generated/graphql';
import { latest } from './instants';
import { preferTranslated } from './localized-list';
import { present } from './mappers/present';
import { sampleFilter } from './samples';

const newEntries = operation(NewEntriesDocument);
const earliestPublications = operation(EarliestPublicationsDocument);

export const NEW_KINDS = ['place', 'event', 'person', 'article'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export type NewEntry = {
  kind: NewKind;
  path: string;
  title: string;
  /** One line that says what the entry is. */
  teaser: string;
  firstPublished: string;
  updated: string;
  contentLocale: Locale;
  isSample: boolean;
};

/** The same filter for each of the four types: samples as the caller shows them, and any further conditions. */
const filtersFor = (samples: boolean, conditions: object[] = []) => {
  const filters = { and: [...sampleFilter(samples), ...conditions] };
  return { places: filters, events: filters, people: filters, articles: filters };
};

/** An entry published before the field existed has it filled at the CMS's boot; the fallback only keeps the types honest. */
const firstOf = (entry: { firstPublishedAt?: string | null; updatedAt?: string | null }) => entry.firstPublishedAt ?? entry.updatedAt ?? new Date(0).toISOString();

/**
 * What was first published between `start` and `end`, per kind and newest first, in the visitor's
 * language where translated (German decides what is listed, as everywhere).
 */
export const getNewEntries = async (bounds: { start: Date; end: Date }, locale: Locale, samples: boolean): Promise<Record<NewKind, NewEntry[]>> => {
  const filters = filtersFor(samples, [{ firstPublishedAt: { gte: bounds.start.toISOString(), lt: bounds.end.toISOString() } }]);
  const load = (contentLocale: Locale) => newEntries({ locale: contentLocale, ...filters });
  const [german, translated] = await Promise.all([load('de'), locale === 'de' ? null : load(locale)]);
  const entry = (kind: NewKind, path: string, item: { firstPublishedAt?: string | null; updatedAt?: string | null; contentLocale: Locale; isSample: boolean }, title: string, teaser: (string | null | undefined)[]): NewEntry => {
    const firstPublished = firstOf(item);
    return { kind, path, title, teaser: teaser.filter(Boolean).join(' · '), firstPublished, updated: latest(firstPublished, item.updatedAt), contentLocale: item.contentLocale, isSample: item.isSample };
  };
  return {
    place: preferTranslated(locale, present(german.places), present(translated?.places)).map((place) =>
      entry('place', `/orte/${place.slug}`, place, place.name, place.teaser ? [place.teaser] : [place.address?.town, place.region?.name]),
    ),
    event: preferTranslated(locale, present(german.events), present(translated?.events)).map((event) =>
      entry('event', `/termine/${event.slug}`, event, event.title, [
        label(messages[event.contentLocale].labels.eventKind, event.kind),
        formatEventDate(event.contentLocale, event),
        event.place?.name,
      ]),
    ),
    person: preferTranslated(locale, present(german.people), present(translated?.people)).map((person) =>
      entry('person', `/menschen/${person.slug}`, person, person.name, [person.role]),
    ),
    article: preferTranslated(locale, present(german.articles), present(translated?.articles)).map((article) =>
      entry('article', `/beitraege/${article.slug}`, article, article.title, [article.teaser]),
    ),
  };
};

/** The earliest first publication of anything `/neu` lists, or null while nothing is published. */
export const getEarliestPublication = async (samples: boolean) => {
  const data = await earliestPublications(filtersFor(samples));
  const firsts = [data.places, data.events, data.people, data.articles].flatMap((list) => present(list).flatMap((entry) => (entry.firstPublishedAt ? [entry.firstPublishedAt] : [])));
  return firsts.length ? firsts.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
};
