/**
 * The hubs the directory measures travel time from (`/orte?von=berlin&minuten=90`), the one list
 * on the site; their names are `labels.hub` in the messages. Each is the CMS field
 * `minutesFrom<Hub>` of a place.
 */
export const HUBS = ['berlin', 'hamburg', 'hannover', 'magdeburg', 'leipzig'] as const;

export type Hub = (typeof HUBS)[number];

export const isHub = (value: string): value is Hub => HUBS.some((hub) => hub === value);

/** What a place's hub times measure (the CMS enumeration `hubTimesBasis`). */
export type HubTimesBasis = 'station_to_station' | 'door_to_door';

/** The choices of "at most … minutes" in the filter form; the URL takes any whole number up to MAX_MINUTES. */
export const MINUTE_CHOICES = [60, 90, 120, 180] as const;

export const MAX_MINUTES = 600;
