import type { AdminLabels } from './types';
import { EDIT_LINK } from '../content-types';

// Managed from a place's edit view; these name the fields in roles and filters.
export const editLink: AdminLabels = {
  uid: EDIT_LINK,
  fields: {
    placeDocumentId: { label: 'Kreativort', description: 'Der Kreativort, dessen Profil der Link bearbeiten lässt.', editable: false },
    tokenHash: { label: 'Prüfsumme', description: 'Erkennt den Link wieder, ohne ihn zu speichern.', editable: false },
    expiresAt: { label: 'Gültig bis', description: 'Danach öffnet der Link nichts mehr.', editable: false },
    revokedAt: { label: 'Widerrufen am', description: 'Gesetzt, wenn die Redaktion den Link widerrufen oder einen neuen geschickt hat.', editable: false },
    baseline: { label: 'Stand beim Versand', description: 'Der Entwurf beim Versand; daran erkennt die Prüfung Konflikte.', editable: false },
  },
  edit: [['placeDocumentId'], ['expiresAt', 'revokedAt'], ['tokenHash'], ['baseline']],
  list: ['placeDocumentId', 'expiresAt', 'revokedAt'],
};
