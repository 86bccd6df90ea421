import type { AdminLabels } from './types';
import { legalPage, translationStatus } from './shared';

export const privacyPolicy: AdminLabels = {
  uid: 'api::privacy-policy.privacy-policy',
  fields: { ...legalPage('Datenschutzerklärung'), translationStatus },
  edit: [['title', 'lastUpdated'], ['body'], ['translationStatus']],
};
