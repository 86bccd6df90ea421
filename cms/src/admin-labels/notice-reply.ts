import type { AdminLabels } from './types';
import { NOTICE_REPLY } from '../content-types';

// Hidden from the content manager (the messages are private); these name the fields in roles and filters.
export const noticeReply: AdminLabels = {
  uid: NOTICE_REPLY,
  fields: {
    noticeDocumentId: { label: 'Anzeige', description: 'Die Anzeige, auf die geantwortet wurde.', editable: false },
    placeDocumentId: { label: 'Kreativort', description: 'Der Ort, an dessen private E-Mail die Nachricht geht.', editable: false },
    name: { label: 'Name', description: 'Der Name der antwortenden Person.', editable: false },
    email: { label: 'E-Mail', description: 'Die Adresse der antwortenden Person; die Antwort des Orts geht dorthin.', editable: false },
    message: { label: 'Nachricht', description: 'Die Nachricht als reiner Text.', editable: false },
    attempts: { label: 'Zustellversuche', description: 'Wie oft die Zustellung schon scheiterte.', editable: false },
    nextAttemptAt: { label: 'Nächster Versuch', description: 'Wann die Zustellung wieder versucht wird.', editable: false },
  },
  edit: [['noticeDocumentId', 'placeDocumentId'], ['name', 'email'], ['message'], ['attempts', 'nextAttemptAt']],
  list: ['noticeDocumentId', 'placeDocumentId', 'attempts', 'createdAt'],
};
