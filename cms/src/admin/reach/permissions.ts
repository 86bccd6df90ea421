import { PLACE } from '../content-manager-paths';

/** Whoever reads places reads their reach (cms/src/reach/admin-routes.ts asks the same). */
export const REACH_PERMISSIONS = [{ action: 'plugin::content-manager.explorer.read', subject: PLACE }];

export const reachPlacePath = (documentId: string, days: number) => `/kreativorte/reach/places/${documentId}?days=${days}`;
