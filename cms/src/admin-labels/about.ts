import type { AdminLabels } from './types';
import { cover, seo, translationStatus } from './shared';
import { ABOUT } from '../content-types';

export const about: AdminLabels = {
  uid: ABOUT,
  fields: {
    translationStatus,
    title: { label: 'Titel', description: 'Überschrift der Seite „Über das Netzwerk“.' },
    intro: { label: 'Einleitung', description: 'Ein bis drei Sätze unter der Überschrift, höchstens 600 Zeichen.' },
    body: { label: 'Text', description: 'Der Haupttext der Seite.' },
    cover,
    seo,
  },
  edit: [['title'], ['intro'], ['body'], ['cover'], ['seo'], ['translationStatus']],
};
