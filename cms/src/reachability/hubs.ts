/**
 * The hubs a place's travel time is stored from, one integer field each on the place (plain
 * columns, so that GraphQL filters and sorts by them), with the town's name for messages.
 */
export const HUBS = [
  ['minutesFromBerlin', 'Berlin'],
  ['minutesFromHamburg', 'Hamburg'],
  ['minutesFromHannover', 'Hannover'],
  ['minutesFromMagdeburg', 'Magdeburg'],
  ['minutesFromLeipzig', 'Leipzig'],
] as const;

export type HubField = (typeof HUBS)[number][0];

export const HUB_FIELDS: HubField[] = HUBS.map(([field]) => field);

/** The longest time a place may give, a day: more is a typo rather than a connection. */
export const MAX_MINUTES = 1440;
