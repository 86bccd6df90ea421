import type { AdminLabels } from './types';
import { slug, translationStatus } from './shared';
import { THEME } from '../content-types';

export const theme: AdminLabels = {
  uid: THEME,
  fields: {
    translationStatus,
    name: { label: 'Name', description: 'Name des Themas, z. B. Coworking oder Kultur.' },
    slug: slug('/themen/…'),
    description: { label: 'Beschreibung', description: 'Ein bis drei Sätze, worum es bei dem Thema geht, höchstens 600 Zeichen.' },
  },
  edit: [['name', 'slug'], ['description'], ['translationStatus']],
  list: ['name', 'slug', 'updatedAt'],
};
