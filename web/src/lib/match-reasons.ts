import { formatFromHub } from './format';
import type { Hub } from './hubs';
import type { Locale } from './i18n/locale';
import { label, messages } from './i18n/messages';
import type { DirectoryParams, PlaceCard } from './types';

/** Where the search text was found, as the directory searches: name, then town, then teaser. */
const searchReason = (q: string, place: PlaceCard, locale: Locale) => {
  const { search } = messages[locale].match;
  const found = (text: string) => text.toLocaleLowerCase(locale).includes(q.toLocaleLowerCase(locale));
  if (found(place.name)) return search.name(q);
  if (found(place.location)) return search.location(q);
  if (found(place.teaser)) return search.teaser(q);
  return search.any(q);
};

/** "ab Berlin ca. 1 Std. 30 Min. (Bahnhof zu Bahnhof)": the time, and what it measures where known. */
const fromHub = (hub: Hub, minutes: number, place: PlaceCard, locale: Locale) => {
  const time = formatFromHub(hub, minutes, locale);
  return place.hubTimesBasis ? `${time} (${label(messages[locale].labels.hubTimesBasis, place.hubTimesBasis)})` : time;
};

/**
 * Why a place in a filtered list matches, one reason per active filter, each said with the
 * place's own data where it has it: ["Thema Wohnen & Bauen", "im Aufbau", "ab Berlin ca. 1 Std.
 * 30 Min. (Bahnhof zu Bahnhof)"]. Empty when no filter is active: then every place matches.
 */
export const matchReasons = (params: DirectoryParams, place: PlaceCard, locale: Locale): string[] => {
  const m = messages[locale];
  const theme = params.theme && place.themes.find((t) => t.slug === params.theme);
  const minutes = params.from ? place.hubMinutes[params.from] : undefined;
  return [
    ...(params.q ? [searchReason(params.q, place, locale)] : []),
    ...(params.region ? [m.match.region(place.regionName ?? params.region)] : []),
    ...(params.theme ? [m.match.theme(theme ? theme.name : params.theme)] : []),
    ...(params.stage ? [label(m.match.stage, place.stage)] : []),
    ...(params.network ? [m.match.network(label(m.labels.network, params.network))] : []),
    ...(params.from && minutes !== undefined ? [fromHub(params.from, minutes, place, locale)] : []),
  ];
};
