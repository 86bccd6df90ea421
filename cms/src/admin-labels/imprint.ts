import type { AdminLabels } from './types';
import { legalPage, translationStatus } from './shared';

export const imprint: AdminLabels = {
  uid: 'api::imprint.imprint',
  fields: { ...legalPage('Impressum'), translationStatus },
  edit: [['title', 'lastUpdated'], ['body'], ['translationStatus']],
};
