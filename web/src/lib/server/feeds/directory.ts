import { directoryHref } from '$lib/directory-href';
import { localizePath, type Locale } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import type { DirectoryParams } from '$lib/types';
import { getDirectoryFeed } from '../cms/directory-feed';
import { parseDirectoryParams } from '../directory-params';
import { atomFeed } from './atom';
import { pageEntry, pageUrl } from './build';
import { includeSamples } from './params';
import type { Feed } from './respond';

type Options = { regions: { slug: string; name: string }[]; themes: { slug: string; name: string }[] };

/** A directory search in words, as the feed's title says it: "Kreativorte: Altmark · Wohnen & Bauen". */
export const directoryFeedTitle = (locale: Locale, params: DirectoryParams, options: Options) => {
  const m = messages[locale];
  const filters = [
    options.regions.find((region) => region.slug === params.region)?.name,
    options.themes.find((theme) => theme.slug === params.theme)?.name,
    params.stage && label(m.labels.stage, params.stage),
    params.network && label(m.labels.network, params.network),
    params.q && m.subscriptions.search(params.q),
    params.from && m.subscriptions.reach(m.labels.hub[params.from], params.minutes),
  ];
  return m.subscriptions.feedTitle(filters.filter((part): part is string => Boolean(part)));
};

/**
 * /orte.xml: the places of a directory search (the directory's own parameters, read and filtered
 * as the directory does), newest first by first publication, so that a reader shows new matches.
 */
export const directoryAtom = async (url: URL, locale: Locale, now = new Date()): Promise<Feed> => {
  const params = parseDirectoryParams(url.searchParams);
  const { places, options } = await getDirectoryFeed(params, locale, includeSamples(url.searchParams));
  const m = messages[locale];
  const self = `${pageUrl(url, '/orte.xml', locale)}${url.search}`;
  return {
    body: atomFeed({
      id: self,
      title: directoryFeedTitle(locale, params, options),
      subtitle: m.subscriptions.feedSubtitle,
      language: locale,
      selfUrl: self,
      alternateUrl: `${url.origin}${localizePath(directoryHref({ ...params, page: 1 }), locale)}`,
      author: m.site.name,
      now,
      entries: places.map((place) => pageEntry(url, locale, place, { term: place.stage, label: label(m.labels.stage, place.stage) })),
    }),
    type: 'application/atom+xml; charset=utf-8',
  };
};
