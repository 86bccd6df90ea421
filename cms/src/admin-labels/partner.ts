import type { AdminLabels } from './types';
import { address, isSample, slug, website } from './shared';
import { PARTNER } from '../content-types';

export const partner: AdminLabels = {
  uid: PARTNER,
  fields: {
    name: { label: 'Name', description: 'Name der Organisation, wie sie sich selbst schreibt.' },
    slug: slug('/partner/…'),
    kind: {
      label: 'Art',
      description:
        'Rolle im Netzwerk: funder = Förderer, cooperation_network = Kooperationsnetzwerk, host = Gastgeber, agency = Agentur, municipality = Kommune, business = Unternehmen.',
    },
    description: { label: 'Beschreibung', description: 'Wer der Partner ist und was er für das Netzwerk tut.' },
    logo: { label: 'Logo', description: 'Logo des Partners, mit Alternativtext.' },
    website,
    address,
    places: { label: 'Kreativorte', description: 'Kreativorte, mit denen der Partner zusammenarbeitet.' },
    isSample,
  },
  edit: [['name', 'slug'], ['kind', 'website'], ['description'], ['logo'], ['address'], ['places'], ['isSample']],
  list: ['name', 'kind', 'updatedAt'],
};
