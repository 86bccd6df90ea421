import { XML_DECLARATION, element, xmlText } from './xml';

/** Atom 1.0 (RFC 4287) output. */

export type AtomEntry = {
  /** A permanent IRI; here the absolute address of the entry's page. */
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  summary: string | null;
  /** The entry's whole text, where it is short enough to be its content (a notice). */
  content?: string;
  category: { term: string; label: string };
  /** Set where the entry's language differs from the feed's (an untranslated entry). */
  language?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  language: string;
  selfUrl: string;
  alternateUrl: string;
  author: string;
  entries: AtomEntry[];
  /** Used as the feed's `updated` only when it has no entries. */
  now: Date;
};

/** RFC 3339 in UTC, as Atom's date constructs require. */
const instant = (value: string | Date) => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');

const entry = (e: AtomEntry, author: string) =>
  [
    `<entry${e.language ? ` xml:lang="${xmlText(e.language)}"` : ''}>`,
    element('id', {}, e.id),
    element('title', { type: 'text' }, e.title),
    element('link', { rel: 'alternate', type: 'text/html', href: e.url }),
    element('published', {}, instant(e.published)),
    element('updated', {}, instant(e.updated)),
    `<author>${element('name', {}, author)}</author>`,
    element('category', { term: e.category.term, label: e.category.label }),
    ...(e.summary ? [element('summary', { type: 'text' }, e.summary)] : []),
    ...(e.content ? [element('content', { type: 'text' }, e.content)] : []),
  ].join('\n    ') + '\n  </entry>';

/** The feed's `updated` is its newest entry's, so that it only changes when an entry does. */
export const atomFeed = (feed: AtomFeed) => {
  const updated = feed.entries.map((e) => instant(e.updated)).sort().at(-1) ?? instant(feed.now);
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">`,
    `  ${element('id', {}, feed.id)}`,
    `  ${element('title', { type: 'text' }, feed.title)}`,
    `  ${element('subtitle', { type: 'text' }, feed.subtitle)}`,
    `  ${element('updated', {}, updated)}`,
    `  ${element('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl })}`,
    `  ${element('link', { rel: 'alternate', type: 'text/html', href: feed.alternateUrl })}`,
    `  <author>${element('name', {}, feed.author)}</author>`,
    ...feed.entries.map((e) => `  ${entry(e, feed.author)}`),
    '</feed>',
    '',
  ].join('\n');
};
