import type { AdminLabels } from './types';
import { REACH_COUNT } from '../content-types';

// Hidden from the content manager (read on the admin's page "Reichweite"); these name the fields in roles and filters.
export const reachCount: AdminLabels = {
  uid: REACH_COUNT,
  fields: {
    day: { label: 'Tag', description: 'Der Tag (deutsche Zeit), an dem gezählt wurde.', editable: false },
    kind: {
      label: 'Art',
      description: 'page = Seitenaufrufe, widget = Aufrufe des Widgets auf einer anderen Website, feed = Abrufe eines Feeds, api = Anfragen an die Partner-API.',
      editable: false,
    },
    key: { label: 'Was', description: 'Die Seite oder der Feed (Pfad ohne Parameter), die einbindende Website (nur ihr Ursprung) oder der Name des Partner-Tokens.', editable: false },
    views: { label: 'Anzahl', description: 'Wie oft an diesem Tag gezählt wurde.', editable: false },
  },
  edit: [['day', 'kind'], ['key', 'views']],
  list: ['day', 'kind', 'key', 'views'],
};
