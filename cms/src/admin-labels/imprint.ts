import type { AdminLabels } from './types';
import { legalPage, translationStatus } from './shared';
import { IMPRINT } from '../content-types';

export const imprint: AdminLabels = {
  uid: IMPRINT,
  fields: { ...legalPage('Impressum'), translationStatus },
  edit: [['title', 'lastUpdated'], ['body'], ['translationStatus']],
};
