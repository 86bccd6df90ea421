import { networkStats } from './network-stats';
import { placesNear } from './places-near';

/** Our own root queries for partner sites, by name, each with its resolver in its own file. */
export const CUSTOM_QUERIES = { placesNear, networkStats };
