import { HUBS, type Hub, type HubTimesBasis } from '$lib/hubs';
import type { PlaceFiltersInput } from './generated/graphql';

/** The place's CMS field that holds the minutes from each hub. */
const HUB_FIELD = {
  berlin: 'minutesFromBerlin',
  hamburg: 'minutesFromHamburg',
  hannover: 'minutesFromHannover',
  magdeburg: 'minutesFromMagdeburg',
  leipzig: 'minutesFromLeipzig',
} as const satisfies Record<Hub, keyof PlaceFiltersInput>;

type HubTimes = { [F in (typeof HUB_FIELD)[Hub]]?: number | null } & { hubTimesBasis?: HubTimesBasis | null };

/** Places with a known time from the hub, and at most `minutes` of it when given. */
export const hubFilter = (hub: Hub, minutes: number | null): PlaceFiltersInput => {
  const filter: PlaceFiltersInput = {};
  filter[HUB_FIELD[hub]] = minutes === null ? { notNull: true } : { lte: minutes };
  return filter;
};

/** Quickest first; places with the same time by name, as the directory orders them otherwise. */
export const hubSort = (hub: Hub) => [`${HUB_FIELD[hub]}:asc`, 'name:asc', 'slug:asc'];

/** A place's known hub times, keyed by hub, and what they measure. */
export const toHubTimes = (place: HubTimes) => ({
  hubMinutes: Object.fromEntries(HUBS.flatMap((hub) => {
    const minutes = place[HUB_FIELD[hub]];
    return typeof minutes === 'number' ? [[hub, minutes]] : [];
  })) satisfies Partial<Record<Hub, number>>,
  hubTimesBasis: place.hubTimesBasis ?? null,
});
