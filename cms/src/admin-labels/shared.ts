import type { FieldLabel } from './types';

/** Fields that several types share, worded once. */
export const slug = (path: string): FieldLabel => ({
  label: 'URL-Kürzel',
  description: `Teil der Adresse ${path}; wird aus dem Titel erzeugt und danach nicht mehr geändert.`,
});

export const isSample: FieldLabel = {
  label: 'Beispielinhalt',
  description: 'Einschalten, wenn der Eintrag nur ein Beispiel ist; er wird dann gekennzeichnet und nicht indexiert.',
};

export const seo: FieldLabel = {
  label: 'Suchmaschinen (SEO)',
  description: 'Titel, Beschreibung und Vorschaubild für Suchmaschinen und soziale Medien.',
};

export const cover: FieldLabel = {
  label: 'Titelbild',
  description: 'Großes Bild oben auf der Seite und in Vorschauen, mit Alternativtext.',
};

export const gallery: FieldLabel = {
  label: 'Bildergalerie',
  description: 'Weitere Bilder, jeweils mit Alternativtext.',
};

export const website: FieldLabel = {
  label: 'Website',
  description: 'Vollständige Adresse der Website, mit https://.',
  placeholder: 'https://',
};

export const address: FieldLabel = { label: 'Adresse', description: 'Postanschrift.' };

export const legalPage = (what: string) => ({
  title: { label: 'Titel', description: `Überschrift der Seite, z. B. „${what}“.` },
  body: { label: 'Text', description: 'Der vollständige Text der Seite.' },
  lastUpdated: { label: 'Stand', description: 'Datum, an dem der Text zuletzt inhaltlich geändert wurde.' },
});

export const translationStatus: FieldLabel = {
  label: 'Übersetzungsstand',
  description:
    'original = deutsche Originalfassung (automatisch), needs_review = Übersetzung noch gegenlesen, complete = Übersetzung geprüft.',
};

/** Set by the CMS at the first publication and never changed (first-publication/), so it is shown but not edited. */
export const firstPublishedAt: FieldLabel = {
  label: 'Erstmals veröffentlicht',
  description: 'Wann der Eintrag zum ersten Mal veröffentlicht wurde; setzt das CMS selbst, spätere Veröffentlichungen ändern es nicht. Danach richtet sich „Neu“ (/neu).',
  editable: false,
};
