import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, type AtomEntry } from './atom';
import { xmlText } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });

const entry = (n: number, updated: string, extra: Partial<AtomEntry> = {}): AtomEntry => ({
  id: `https://kreativorte.example/beitraege/b-${n}`,
  title: `Beitrag ${n}`,
  url: `https://kreativorte.example/beitraege/b-${n}`,
  published: '2026-06-03T00:00:00Z',
  updated,
  summary: `Zusammenfassung ${n}`,
  category: { term: 'article', label: 'Beitrag' },
  ...extra,
});

const feed = (entries: AtomEntry[]) =>
  atomFeed({
    id: 'https://kreativorte.example/feed.xml',
    title: 'Kreativorte im Grünen: Beiträge & Treffen',
    subtitle: 'Neues',
    language: 'de',
    selfUrl: 'https://kreativorte.example/feed.xml',
    alternateUrl: 'https://kreativorte.example/',
    author: 'Kreativorte im Grünen',
    now: new Date('2030-01-01T00:00:00Z'),
    entries,
  });

describe('xmlText', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlText(`<b>"Hof" & 'Scheune'</b>\u0000\u001b\uFFFE ok`)).toBe('&lt;b&gt;&quot;Hof&quot; &amp; &apos;Scheune&apos;&lt;/b&gt; ok');
  });
});

describe('atomFeed', () => {
  const text = feed([
    entry(1, '2026-11-29T09:24:51.722Z', { title: 'Wohnen <& Arbeiten>', summary: 'Zeile 1\n\nZeile 2 mit "Zitat"' }),
    entry(2, '2026-12-01T08:00:00+01:00', { language: 'de', category: { term: 'meeting', label: 'Netzwerktreffen' } }),
    entry(3, '2026-06-03T00:00:00Z', { summary: null }),
    entry(4, '2026-06-03T00:00:00Z', { summary: null, content: 'Gesucht: <Mieter> & "Mitstreiter"\nab sofort' }),
  ]);
  const parsed = parser.parse(text);

  it('is well-formed XML in the Atom namespace with the feed-level elements RFC 4287 requires', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const f = parsed.feed;
    expect(f['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(f['@xml:lang']).toBe('de');
    expect(f.id).toBe('https://kreativorte.example/feed.xml');
    expect(f.title['#text']).toBe('Kreativorte im Grünen: Beiträge & Treffen');
    expect(f.author.name).toBe('Kreativorte im Grünen');
    expect(f.link).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@rel': 'self', '@type': 'application/atom+xml', '@href': 'https://kreativorte.example/feed.xml' }),
        expect.objectContaining({ '@rel': 'alternate', '@href': 'https://kreativorte.example/' }),
      ]),
    );
  });

  it("takes the feed's updated from its newest entry, as an RFC 3339 instant in UTC", () => {
    expect(parsed.feed.updated).toBe('2026-12-01T07:00:00Z');
    expect(parsed.feed.entry.map((e: { updated: string }) => e.updated)).toEqual(['2026-11-29T09:24:51Z', '2026-12-01T07:00:00Z', '2026-06-03T00:00:00Z', '2026-06-03T00:00:00Z']);
  });

  it('gives every entry id, title, updated, published, link, author and category; text survives escaping', () => {
    const [first, second, third, fourth] = parsed.feed.entry;
    expect(first.title['#text']).toBe('Wohnen <& Arbeiten>');
    expect(first.summary['#text']).toBe('Zeile 1\n\nZeile 2 mit "Zitat"');
    expect(first.id).toBe('https://kreativorte.example/beitraege/b-1');
    expect(first.published).toBe('2026-06-03T00:00:00Z');
    expect(first.link[0]).toMatchObject({ '@rel': 'alternate', '@href': 'https://kreativorte.example/beitraege/b-1' });
    expect(first.author.name).toBe('Kreativorte im Grünen');
    expect(second.category).toMatchObject({ '@term': 'meeting', '@label': 'Netzwerktreffen' });
    expect(second['@xml:lang']).toBe('de');
    expect(third.summary).toBeUndefined();
    expect(third.content).toBeUndefined();
    // A notice's whole text is its content, as plain text.
    expect(fourth.content).toEqual({ '@type': 'text', '#text': 'Gesucht: <Mieter> & "Mitstreiter"\nab sofort' });
  });

  it('an empty feed is still valid and says when it was made', () => {
    const empty = parser.parse(feed([])).feed;
    expect(empty.updated).toBe('2030-01-01T00:00:00Z');
    expect(empty.entry).toBeUndefined();
  });
});
