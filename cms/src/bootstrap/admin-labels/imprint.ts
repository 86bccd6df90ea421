import type { AdminLabels } from './types';
import { legalPage } from './shared';

export const imprint: AdminLabels = {
  uid: 'api::imprint.imprint',
  fields: legalPage('Impressum'),
  edit: [['title', 'lastUpdated'], ['body']],
};
