import type { AdminLabels } from './types';
import { firstPublishedAt, isSample, slug, translationStatus } from './shared';
import { EVENT } from '../content-types';

export const event: AdminLabels = {
  uid: EVENT,
  fields: {
    translationStatus,
    firstPublishedAt,
    title: { label: 'Titel', description: 'Name des Termins, wie er im Kalender erscheint.', placeholder: 'z. B. Tag des offenen Hofes' },
    slug: slug('/termine/…'),
    kind: {
      label: 'Art',
      description:
        'open_day = Tag der offenen Tür, workshop = Workshop, trial_living = Probewohnen, culture = Kultur, market = Markt, other = Sonstiges.',
    },
    startsAt: { label: 'Beginn', description: 'Datum und Uhrzeit (deutsche Zeit), zu der der Termin beginnt.' },
    endsAt: { label: 'Ende', description: 'Datum und Uhrzeit, zu der er endet; bei mehrtägigen Terminen der letzte Tag.' },
    allDay: { label: 'Ganztägig', description: 'Einschalten, wenn der Termin ganze Tage dauert; die Uhrzeiten werden dann nicht gezeigt.' },
    place: { label: 'Kreativort', description: 'Der Kreativort, an dem der Termin stattfindet; Region und Themen kommen von ihm.' },
    description: { label: 'Beschreibung', description: 'Was die Besucherinnen und Besucher erwartet.' },
    registrationUrl: { label: 'Anmeldung', description: 'Adresse der Anmeldeseite, mit https://; leer lassen, wenn keine Anmeldung nötig ist.', placeholder: 'https://' },
    price: { label: 'Preis', description: 'Als Text, z. B. „Eintritt frei“ oder „25 €, ermäßigt 15 €“.' },
    accessibility: { label: 'Barrierefreiheit', description: 'Hinweise zur Zugänglichkeit, z. B. stufenloser Zugang, Toilette, Hilfe vor Ort.' },
    isSample,
  },
  edit: [
    ['title', 'slug'],
    ['kind', 'place'],
    ['startsAt', 'endsAt'],
    ['allDay'],
    ['description'],
    ['registrationUrl', 'price'],
    ['accessibility'],
    ['translationStatus'],
    ['firstPublishedAt'],
    ['isSample'],
  ],
  list: ['title', 'startsAt', 'kind', 'place', 'updatedAt'],
  settings: { defaultSortBy: 'startsAt', defaultSortOrder: 'DESC' },
};
