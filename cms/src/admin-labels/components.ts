import type { AdminLabels } from './types';

export const components: AdminLabels[] = [
  {
    uid: 'shared.address',
    fields: {
      street: { label: 'Straße und Hausnummer', description: 'Straße und Hausnummer.', placeholder: 'z. B. Dorfstraße 1' },
      postalCode: { label: 'Postleitzahl', description: 'Fünfstellige Postleitzahl.', placeholder: 'z. B. 14827' },
      town: { label: 'Ort', description: 'Stadt oder Gemeinde.' },
      district: { label: 'Ortsteil', description: 'Ortsteil oder Dorf innerhalb der Gemeinde, falls vorhanden.' },
      state: { label: 'Bundesland', description: 'Das Bundesland, z. B. Brandenburg.' },
    },
    edit: [['street'], ['postalCode', 'town'], ['district', 'state']],
  },
  {
    uid: 'shared.contact',
    fields: {
      name: { label: 'Name', description: 'Name der Ansprechperson.' },
      email: { label: 'E-Mail', description: 'E-Mail-Adresse der Ansprechperson.', placeholder: 'name@example.org' },
      phone: { label: 'Telefon', description: 'Telefonnummer mit Vorwahl.', placeholder: 'z. B. 033849 12345' },
    },
    edit: [['name'], ['email', 'phone']],
  },
  {
    uid: 'shared.geo',
    fields: {
      latitude: { label: 'Breitengrad', description: 'Nördliche Breite in Dezimalgrad, z. B. 52.12345.' },
      longitude: { label: 'Längengrad', description: 'Östliche Länge in Dezimalgrad, z. B. 12.54321.' },
    },
    edit: [['latitude', 'longitude']],
  },
  {
    uid: 'shared.travel-time',
    fields: {
      from: { label: 'Von', description: 'Startpunkt der Fahrt, z. B. der Ort selbst.' },
      to: { label: 'Nach', description: 'Ziel der Fahrt, z. B. Berlin Hauptbahnhof.' },
      minutes: { label: 'Minuten', description: 'Fahrzeit in Minuten.' },
      mode: {
        label: 'Verkehrsmittel',
        description: 'Womit man fährt: train = Bahn, bus = Bus, car = Auto, bike = Fahrrad, foot = zu Fuß.',
      },
    },
    edit: [['from', 'to'], ['minutes', 'mode']],
  },
  {
    uid: 'shared.seo',
    fields: {
      metaTitle: { label: 'Seitentitel', description: 'Titel in Suchergebnissen, höchstens 70 Zeichen; leer lassen für den Titel des Eintrags.' },
      metaDescription: { label: 'Beschreibung', description: 'Text in Suchergebnissen, höchstens 160 Zeichen.' },
      shareImage: { label: 'Vorschaubild', description: 'Bild für das Teilen in sozialen Medien; leer lassen für das Titelbild.' },
    },
    edit: [['metaTitle'], ['metaDescription'], ['shareImage']],
  },
  {
    uid: 'shared.image',
    fields: {
      media: { label: 'Bilddatei', description: 'Die Bilddatei aus der Medienbibliothek.' },
      alt: { label: 'Alternativtext', description: 'Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können.' },
      credit: { label: 'Bildnachweis', description: 'Wer das Bild gemacht hat, z. B. „Foto: Anna Muster“.' },
      licence: { label: 'Lizenz', description: 'Lizenz des Bildes, z. B. CC BY 4.0; leer lassen bei eigenen Bildern.' },
    },
    edit: [['media', 'alt'], ['credit', 'licence']],
  },
  {
    uid: 'place.facts',
    fields: {
      formerUse: { label: 'Frühere Nutzung', description: 'Wofür das Gebäude früher genutzt wurde, z. B. Gutshaus oder Schule.' },
      yearBuilt: { label: 'Baujahr', description: 'Jahr, in dem das Gebäude gebaut wurde.' },
      projectFounded: { label: 'Projekt gegründet', description: 'Jahr, in dem das Projekt begonnen hat.' },
      floorArea: { label: 'Fläche (m²)', description: 'Nutzfläche in Quadratmetern.' },
      residents: { label: 'Bewohner', description: 'Anzahl der Menschen, die dort wohnen.' },
      workplaces: { label: 'Arbeitsplätze', description: 'Anzahl der Arbeitsplätze vor Ort.' },
    },
    edit: [['formerUse'], ['yearBuilt', 'projectFounded', 'floorArea'], ['residents', 'workplaces']],
  },
  {
    uid: 'navigation.link',
    fields: {
      label: { label: 'Beschriftung', description: 'Text des Links, wie er in der Navigation erscheint.' },
      href: { label: 'Ziel', description: 'Pfad auf der Website (z. B. /orte) oder vollständige Adresse mit https://.', placeholder: '/orte' },
    },
    edit: [['label', 'href']],
  },
  {
    uid: 'navigation.social-link',
    fields: {
      platform: {
        label: 'Plattform',
        description:
          'Das Netzwerk: instagram = Instagram, facebook = Facebook, linkedin = LinkedIn, mastodon = Mastodon, youtube = YouTube, website = Website.',
      },
      url: { label: 'Adresse', description: 'Vollständige Adresse des Profils, mit https://.', placeholder: 'https://' },
    },
    edit: [['platform', 'url']],
  },
  {
    uid: 'meeting.workshop',
    fields: {
      title: { label: 'Titel', description: 'Titel des Workshops.' },
      guidingQuestion: { label: 'Leitfrage', description: 'Die Frage, der der Workshop nachgegangen ist, höchstens 500 Zeichen.' },
      results: { label: 'Ergebnisse', description: 'Was im Workshop herausgekommen ist.' },
    },
    edit: [['title'], ['guidingQuestion'], ['results']],
  },
];
