import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { NEW_KINDS } from '../cms/new-entries';
import { loadRecentlyNew } from '../whats-new';
import { atomFeed } from './atom';
import { pageEntry, pageUrl } from './build';
import { includeSamples } from './params';
import type { Feed } from './respond';

/** /neu.xml: the entries of /neu for this month and the one before, all kinds together, newest first. */
export const whatsNewAtom = async (url: URL, locale: Locale, now = new Date()): Promise<Feed> => {
  const m = messages[locale];
  const groups = await loadRecentlyNew(locale, includeSamples(url.searchParams), now);
  const entries = NEW_KINDS.flatMap((kind) => groups[kind]).sort((a, b) => Date.parse(b.firstPublished) - Date.parse(a.firstPublished) || (a.path < b.path ? -1 : 1));
  const self = `${pageUrl(url, '/neu.xml', locale)}${url.search}`;
  return {
    body: atomFeed({
      id: self,
      title: m.whatsNew.feedTitle,
      subtitle: m.whatsNew.feedSubtitle,
      language: locale,
      selfUrl: self,
      alternateUrl: pageUrl(url, '/neu', locale),
      author: m.site.name,
      now,
      entries: entries.map((entry) =>
        pageEntry(url, locale, { ...entry, summary: entry.teaser || null, published: entry.firstPublished }, { term: entry.kind, label: m.whatsNew.kinds[entry.kind] }),
      ),
    }),
    type: 'application/atom+xml; charset=utf-8',
  };
};
