import type { AdminLabels } from './types';
import { legalPage } from './shared';

export const privacyPolicy: AdminLabels = {
  uid: 'api::privacy-policy.privacy-policy',
  fields: legalPage('Datenschutzerklärung'),
  edit: [['title', 'lastUpdated'], ['body']],
};
