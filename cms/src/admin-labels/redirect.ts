import type { AdminLabels } from './types';
import { REDIRECT } from '../content-types';

export const redirect: AdminLabels = {
  uid: REDIRECT,
  fields: {
    from: {
      label: 'Alte Adresse',
      description: 'Der Pfad, unter dem die Seite früher stand, z. B. /orte/alter-name. Wird beim Ändern eines Slugs automatisch angelegt.',
    },
    to: { label: 'Neue Adresse', description: 'Der Pfad, auf den Besucher mit 301 weitergeleitet werden, z. B. /orte/neuer-name.' },
  },
  edit: [['from', 'to']],
  list: ['from', 'to', 'updatedAt'],
};
