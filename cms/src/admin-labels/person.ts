import type { AdminLabels } from './types';
import { firstPublishedAt, isSample, slug, translationStatus } from './shared';
import { PERSON } from '../content-types';

export const person: AdminLabels = {
  uid: PERSON,
  fields: {
    translationStatus,
    firstPublishedAt,
    name: { label: 'Name', description: 'So, wie die Person genannt werden möchte; steht so in ihrer Einwilligung.', placeholder: 'z. B. Anna Beispiel' },
    slug: slug('/menschen/…'),
    role: { label: 'Rolle', description: 'Was die Person am Ort tut, z. B. „Gründerin“ oder „Tischler und Bewohner“.' },
    portrait: { label: 'Porträt', description: 'Foto der Person mit Alternativtext, Bildnachweis und Lizenz; nur mit ihrer Einwilligung.' },
    quote: { label: 'Zitat', description: 'Ein kurzer Satz der Person, höchstens 300 Zeichen, ohne Anführungszeichen.' },
    story: { label: 'Geschichte', description: 'Wie die Person zum Ort kam und was sie dort macht.' },
    places: { label: 'Kreativorte', description: 'Die Orte, zu denen die Person gehört; ihr Profil zeigt sie unter „Die Menschen“.' },
    isSample,
    consentGivenOn: {
      label: 'Einwilligung am',
      description: 'Tag, an dem die Person der Veröffentlichung zugestimmt hat. Ohne Einwilligung lässt sich der Eintrag nicht veröffentlichen. Intern.',
    },
    consentScope: {
      label: 'Einwilligung umfasst',
      description: 'Wozu die Person zugestimmt hat, z. B. „Name, Porträt, Zitat und Geschichte auf der Website und in der Schnittstelle“. Intern.',
    },
    consentRecordedBy: { label: 'Erfasst von', description: 'Wer die Einwilligung eingeholt und hier eingetragen hat. Intern.' },
    consentWithdrawnOn: {
      label: 'Einwilligung widerrufen am',
      description: 'Beim Widerruf eintragen und speichern: Die Person verschwindet sofort von Website, Schnittstelle und Feeds, ihr Porträt wird gelöscht. Intern.',
    },
  },
  edit: [
    ['name', 'slug'],
    ['role'],
    ['portrait'],
    ['quote'],
    ['story'],
    ['places'],
    ['consentGivenOn', 'consentRecordedBy'],
    ['consentScope'],
    ['consentWithdrawnOn'],
    ['translationStatus'],
    ['firstPublishedAt'],
    ['isSample'],
  ],
  list: ['name', 'role', 'places', 'consentGivenOn', 'consentWithdrawnOn', 'updatedAt'],
  settings: { defaultSortBy: 'name', defaultSortOrder: 'ASC' },
};
