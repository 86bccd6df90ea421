import type { AdminLabels } from './types';
import { legalPage, translationStatus } from './shared';
import { ACCESSIBILITY_STATEMENT } from '../content-types';

export const accessibilityStatement: AdminLabels = {
  uid: ACCESSIBILITY_STATEMENT,
  fields: { ...legalPage('Erklärung zur Barrierefreiheit'), translationStatus },
  edit: [['title', 'lastUpdated'], ['body'], ['translationStatus']],
};
