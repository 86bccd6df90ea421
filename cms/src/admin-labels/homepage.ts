import type { AdminLabels } from './types';
import { seo, translationStatus } from './shared';
import { HOMEPAGE } from '../content-types';

export const homepage: AdminLabels = {
  uid: HOMEPAGE,
  fields: {
    translationStatus,
    heroTitle: { label: 'Hauptüberschrift', description: 'Große Überschrift oben auf der Startseite.' },
    heroText: { label: 'Einleitungstext', description: 'Ein bis drei Sätze unter der Hauptüberschrift, höchstens 600 Zeichen.' },
    heroImage: { label: 'Titelbild', description: 'Großes Bild oben auf der Startseite, mit Alternativtext.' },
    intro: { label: 'Einführung', description: 'Längerer Text, der das Netzwerk auf der Startseite vorstellt.' },
    featuredPlaces: { label: 'Hervorgehobene Orte', description: 'Kreativorte, die auf der Startseite gezeigt werden.' },
    seo,
  },
  edit: [['heroTitle'], ['heroText'], ['heroImage'], ['intro'], ['featuredPlaces'], ['seo'], ['translationStatus']],
};
