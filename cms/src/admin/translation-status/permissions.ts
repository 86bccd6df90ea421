import { OVERVIEW_TYPES } from '../../translations/types';

/** Reading any type the overview covers opens it; the CMS then answers with the readable ones only. */
export const OVERVIEW_PERMISSIONS = OVERVIEW_TYPES.map(({ uid }) => ({
  action: 'plugin::content-manager.explorer.read',
  subject: uid,
}));
