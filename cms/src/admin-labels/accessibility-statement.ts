import type { AdminLabels } from './types';
import { legalPage, translationStatus } from './shared';

export const accessibilityStatement: AdminLabels = {
  uid: 'api::accessibility-statement.accessibility-statement',
  fields: { ...legalPage('Erklärung zur Barrierefreiheit'), translationStatus },
  edit: [['title', 'lastUpdated'], ['body'], ['translationStatus']],
};
