import { place } from '../admin-labels/place';
import { SECTIONS } from '../change-requests/profile';

/**
 * What a complete profile has, as one place's German profile shows it (published, or the draft of
 * a place never published) with what belongs to it. Computed from the database by `recompute.ts`.
 */
export type ProfileSnapshot = {
  /** A cover image with its alt text and its credit. */
  cover: boolean;
  /** The sections with text in them. */
  sections: Section[];
  /** At least one of the facts. */
  facts: boolean;
  coordinates: boolean;
  galleryImages: number;
  /** An English version, published. */
  english: boolean;
  /** A published notice at the place that has not expired (its `expiresOn` is empty, today or later in Berlin). */
  currentNotice: boolean;
  /** A published event at the place that is not over (ending, or starting, at or after midnight in Berlin today). */
  upcomingEvent: boolean;
};

type Section = (typeof SECTIONS)[number];

export const GALLERY_MIN = 3;

type Criterion = { key: string; weight: number; label: string; met: (profile: ProfileSnapshot) => boolean };

/**
 * The completeness score: the weights of the criteria a place meets, 0 to 100. This list is the
 * one definition: its keys, in this order, are what `completenessMissing` holds; `label` is how the
 * admin names each (the site words its own hints per key, in both languages).
 */
export const CRITERIA: Criterion[] = [
  { key: 'cover', weight: 15, label: 'Titelbild mit Alternativtext und Bildnachweis', met: (profile) => profile.cover },
  ...SECTIONS.map((section) => ({
    key: section,
    weight: 5,
    label: `Text im Abschnitt „${place.fields[section].label}“`,
    met: (profile: ProfileSnapshot) => profile.sections.includes(section),
  })),
  { key: 'facts', weight: 10, label: 'Fakten (mindestens eine Angabe)', met: (profile) => profile.facts },
  { key: 'coordinates', weight: 10, label: 'Koordinaten für die Karte', met: (profile) => profile.coordinates },
  { key: 'gallery', weight: 10, label: `Mindestens ${GALLERY_MIN} Bilder in der Bildergalerie`, met: (profile) => profile.galleryImages >= GALLERY_MIN },
  { key: 'english', weight: 10, label: 'Englische Fassung, veröffentlicht', met: (profile) => profile.english },
  { key: 'notice', weight: 10, label: 'Ein aktuelles Gesuch oder Angebot (Gesucht & Angeboten)', met: (profile) => profile.currentNotice },
  { key: 'event', weight: 10, label: 'Ein kommender Termin', met: (profile) => profile.upcomingEvent },
];

export type Score = { completeness: number; missing: string[] };

export const scoreOf = (profile: ProfileSnapshot): Score => ({
  completeness: CRITERIA.reduce((sum, criterion) => sum + (criterion.met(profile) ? criterion.weight : 0), 0),
  missing: CRITERIA.filter((criterion) => !criterion.met(profile)).map((criterion) => criterion.key),
});

/** The German label of each key, for the admin's panel: keys it does not know (from an older list) are left out. */
export const missingLabels = (keys: unknown) =>
  (Array.isArray(keys) ? keys : []).flatMap((key) => CRITERIA.filter((criterion) => criterion.key === key).map((criterion) => criterion.label));
