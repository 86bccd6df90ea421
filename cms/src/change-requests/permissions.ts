import { CHANGE_REQUEST, EVENT, NOTICE, PLACE } from '../content-types';

/** Who reviews change requests (the Redaktion and Super Admins, not the Autor): reading them is their permission alone. */
export const REVIEWERS = ['plugin::content-manager.explorer.read', CHANGE_REQUEST];
/** What writing into a place's draft, or sending it a link, needs besides. */
export const PLACE_EDITORS = ['plugin::content-manager.explorer.update', PLACE];

/** The admin session, and every one of these content-manager permissions. */
export const reviewPolicies = (...actions: string[][]) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }];
/** What writing a place's event (a new one, a change, a cancellation) needs besides. */
export const EVENT_EDITORS = ['plugin::content-manager.explorer.update', EVENT];
/** What writing a place's notice (a new one, a change, a withdrawal) needs besides. */
export const NOTICE_EDITORS = ['plugin::content-manager.explorer.update', NOTICE];
