import type { AdminLabels } from './types';
import { slug } from './shared';

export const theme: AdminLabels = {
  uid: 'api::theme.theme',
  fields: {
    name: { label: 'Name', description: 'Name des Themas, z. B. Coworking oder Kultur.' },
    slug: slug('/themen/…'),
    description: { label: 'Beschreibung', description: 'Ein bis drei Sätze, worum es bei dem Thema geht, höchstens 600 Zeichen.' },
  },
  edit: [['name', 'slug'], ['description']],
  list: ['name', 'slug', 'updatedAt'],
};
