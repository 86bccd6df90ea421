import type { AdminLabels } from './types';
import { slug, translationStatus } from './shared';
import { REGION } from '../content-types';

export const region: AdminLabels = {
  uid: REGION,
  fields: {
    translationStatus,
    name: { label: 'Name', description: 'Name der Region, z. B. Fläming oder Uckermark.' },
    slug: slug('/regionen/…'),
    state: { label: 'Bundesland', description: 'Das Bundesland, in dem die Region liegt.', placeholder: 'z. B. Brandenburg' },
    parent: { label: 'Übergeordnete Region', description: 'Größere Region, zu der diese gehört; leer lassen, wenn es keine gibt.' },
    description: { label: 'Beschreibung', description: 'Was die Region ausmacht: Landschaft, Orte, Anbindung.' },
    travelTimes: { label: 'Reisezeiten', description: 'Fahrzeiten zu größeren Städten, je ein Eintrag pro Verbindung.' },
  },
  edit: [['name', 'slug'], ['state', 'parent'], ['description'], ['travelTimes'], ['translationStatus']],
  list: ['name', 'state', 'parent', 'updatedAt'],
};
