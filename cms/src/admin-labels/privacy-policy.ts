import type { AdminLabels } from './types';
import { legalPage, translationStatus } from './shared';
import { PRIVACY_POLICY } from '../content-types';

export const privacyPolicy: AdminLabels = {
  uid: PRIVACY_POLICY,
  fields: { ...legalPage('Datenschutzerklärung'), translationStatus },
  edit: [['title', 'lastUpdated'], ['body'], ['translationStatus']],
};
