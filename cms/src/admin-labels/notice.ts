import type { AdminLabels } from './types';
import { isSample, translationStatus } from './shared';
import { NOTICE } from '../content-types';

export const notice: AdminLabels = {
  uid: NOTICE,
  fields: {
    translationStatus,
    direction: { label: 'Richtung', description: 'seeking = Gesucht (der Ort sucht etwas), offer = Angeboten (der Ort bietet etwas an).' },
    kind: {
      label: 'Art',
      description:
        'Gesucht: fellow_campaigners = Mitstreiter, residents = Bewohner, investors = Investoren, tenants = Mieter, supporters = Unterstützer. Angeboten: coworking = Coworking, trial_living = Probewohnen, studios = Ateliers, event_space = Veranstaltungsraum, rooms = Gästezimmer, workshops = Werkstätten. Beides: other = Sonstiges.',
    },
    text: { label: 'Beschreibung', description: 'Kurz, wer oder was gesucht oder angeboten wird, höchstens 500 Zeichen.' },
    place: { label: 'Kreativort', description: 'Der Kreativort, der sucht oder anbietet; Region und Themen kommen von ihm.' },
    addedOn: { label: 'Eingestellt am', description: 'Wann der Eintrag dazukam; ordnet die Pinnwand /gesucht, das Neueste zuerst. Leer lassen für heute.' },
    expiresOn: {
      label: 'Gültig bis',
      description: 'Letzter Tag, an dem der Eintrag gezeigt wird; danach verschwindet er von Website und Schnittstelle. Leer lassen für unbefristet.',
    },
    isSample,
  },
  edit: [['direction', 'kind'], ['text'], ['place'], ['addedOn', 'expiresOn'], ['translationStatus'], ['isSample']],
  list: ['text', 'direction', 'kind', 'place', 'addedOn', 'expiresOn'],
  settings: { defaultSortBy: 'addedOn', defaultSortOrder: 'DESC' },
};
