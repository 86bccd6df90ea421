import type { AdminLabels } from './types';
import { legalPage } from './shared';

export const accessibilityStatement: AdminLabels = {
  uid: 'api::accessibility-statement.accessibility-statement',
  fields: legalPage('Erklärung zur Barrierefreiheit'),
  edit: [['title', 'lastUpdated'], ['body']],
};
