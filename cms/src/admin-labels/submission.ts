import { retentionDays } from '../submissions/retention';
import type { AdminLabels } from './types';
import { SUBMISSION } from '../content-types';

export const submission: AdminLabels = {
  uid: SUBMISSION,
  fields: {
    name: { label: 'Name des Orts', description: 'Wie die einreichende Person den Ort nennt.' },
    town: { label: 'Ort', description: 'Stadt oder Dorf, in dem der Ort liegt.' },
    district: { label: 'Landkreis oder Ortsteil', description: 'Wie auf der Website angegeben; kann leer sein.' },
    stage: {
      label: 'Entwicklungsstand',
      description: 'Wie weit der Ort laut Vorschlag ist: idea = Idee, planned = In Planung, under_development = Im Aufbau, active = Aktiv.',
    },
    themes: { label: 'Themen', description: 'Die Themen, die die einreichende Person gewählt hat.' },
    description: { label: 'Beschreibung', description: 'Der Text aus dem Formular, höchstens 1000 Zeichen; wird beim Umwandeln zum ersten Abschnitt „Das Objekt“.' },
    website: { label: 'Website', description: 'Vollständige Adresse mit https://, falls angegeben.', placeholder: 'https://' },
    contactName: { label: 'Kontaktperson', description: 'Wer den Vorschlag eingereicht hat. Nur für Rückfragen, nicht zur Veröffentlichung.' },
    contactEmail: { label: 'E-Mail der Kontaktperson', description: 'Für Rückfragen zum Vorschlag; nicht zur Veröffentlichung.' },
    consent: {
      label: 'Einwilligung',
      description: 'Die Person hat der Verarbeitung ihrer Angaben für diesen Vorschlag zugestimmt; ohne Einwilligung wird nichts gespeichert.',
      editable: false,
    },
    reviewStatus: {
      label: 'Status',
      description:
        `Stand der Prüfung: new = Neu, in_review = In Prüfung, accepted = Angenommen, rejected = Abgelehnt. Abgelehnte Vorschläge werden ${retentionDays()} Tage nach der Ablehnung automatisch gelöscht.`,
    },
    statusChangedAt: {
      label: 'Status geändert am',
      description: 'Wird bei jeder Statusänderung automatisch gesetzt; danach richtet sich die Löschfrist.',
      editable: false,
    },
    note: { label: 'Interne Notiz', description: 'Notizen der Redaktion zur Prüfung; die einreichende Person sieht sie nie.' },
    place: {
      label: 'Kreativort',
      description: 'Der Kreativort, der aus diesem Vorschlag entstanden ist; wird mit „In Kreativort umwandeln“ gesetzt.',
    },
  },
  edit: [
    ['name', 'stage'],
    ['town', 'district'],
    ['themes', 'website'],
    ['description'],
    ['contactName', 'contactEmail'],
    [{ name: 'reviewStatus', size: 4 }, { name: 'statusChangedAt', size: 4 }, { name: 'consent', size: 4 }],
    ['note'],
    ['place'],
  ],
  list: ['name', 'town', 'reviewStatus', 'createdAt'],
  settings: { mainField: 'name', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' },
};
