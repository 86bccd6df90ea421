import type { AdminLabels } from './types';
import { translationStatus } from './shared';
import { GLOBAL } from '../content-types';

export const globalSettings: AdminLabels = {
  uid: GLOBAL,
  fields: {
    translationStatus,
    siteName: { label: 'Name der Website', description: 'Erscheint im Seitenkopf und im Browser-Tab.', placeholder: 'Kreativorte im Grünen' },
    tagline: { label: 'Untertitel', description: 'Kurzer Satz unter dem Namen der Website, höchstens 200 Zeichen.' },
    navigation: {
      label: 'Hauptnavigation',
      description: 'Die Links im Seitenkopf, in dieser Reihenfolge. Höchstens sechs, damit der Seitenkopf am Computer in eine Zeile passt; auf dem Handy stehen sie im Menü.',
    },
    footerNavigation: {
      label: 'Weitere Seiten im Fußbereich',
      description: 'Bereiche der Website, die nicht in die Hauptnavigation passen, z. B. Regionen, Beiträge, Partner, Offene Daten.',
    },
    footerLinks: { label: 'Rechtliches im Fußbereich', description: 'Die Links im Seitenfuß, z. B. Impressum und Datenschutz.' },
    footerText: { label: 'Text im Fußbereich', description: 'Kurzer Text im Seitenfuß, höchstens 600 Zeichen.' },
    contact: { label: 'Kontakt', description: 'Allgemeiner Kontakt des Netzwerks.' },
    socialLinks: { label: 'Soziale Medien', description: 'Profile des Netzwerks in sozialen Medien.' },
  },
  edit: [['siteName', 'tagline'], ['navigation'], ['footerNavigation'], ['footerLinks'], ['footerText'], ['contact'], ['socialLinks'], ['translationStatus']],
};
