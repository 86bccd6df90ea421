import { editLinkConfig } from '../edit-links/config';
import type { AdminLabels } from './types';
import { CHANGE_REQUEST } from '../content-types';

// Reviewed on the admin's own page "Änderungswünsche"; these name the fields in roles and filters.
export const changeRequest: AdminLabels = {
  uid: CHANGE_REQUEST,
  fields: {
    placeDocumentId: { label: 'Kreativort', description: 'Der Kreativort, für den die Änderungen gedacht sind.', editable: false },
    subject: { label: 'Betrifft', description: 'profile = das Profil des Orts, event = einen Termin des Orts (neu, geändert oder abgesagt), notice = einen Eintrag des Orts unter Gesucht & Angeboten (neu, geändert oder zurückgezogen).', editable: false },
    eventDocumentId: { label: 'Termin', description: 'Der Termin, den der Wunsch ändert oder absagt; leer bei einem neuen Termin und beim Profil.', editable: false },
    noticeDocumentId: { label: 'Gesucht & Angeboten', description: 'Der Eintrag unter Gesucht & Angeboten, den der Wunsch ändert oder zurückzieht; leer bei einem neuen Eintrag, beim Profil und bei Terminen.', editable: false },
    editLinkDocumentId: { label: 'Bearbeitungslink', description: 'Der Bearbeitungslink, über den die Änderungen kamen.', editable: false },
    changes: { label: 'Änderungen', description: 'Die geänderten Felder mit ihren neuen Werten.', editable: false },
    images: { label: 'Neue Bilder', description: 'Hochgeladene Bilder mit Alternativtext, Bildnachweis und Lizenz; bis zur Entscheidung nicht öffentlich.', editable: false },
    reviewStatus: {
      label: 'Status',
      description: `open = Offen, applied = Übernommen, rejected = Abgelehnt. Änderungswünsche werden ${editLinkConfig().retentionDays} Tage nach dem Eingang gelöscht.`,
      editable: false,
    },
    statusChangedAt: { label: 'Status geändert am', description: 'Wann zuletzt über den Änderungswunsch entschieden wurde.', editable: false },
    reviewNote: { label: 'Begründung', description: 'Die Begründung einer Ablehnung; sie ging per E-Mail an den Ort.', editable: false },
  },
  edit: [['placeDocumentId', 'editLinkDocumentId'], ['subject', 'eventDocumentId', 'noticeDocumentId'], ['reviewStatus', 'statusChangedAt'], ['changes'], ['images'], ['reviewNote']],
  list: ['placeDocumentId', 'reviewStatus', 'createdAt'],
  settings: { defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' },
};
