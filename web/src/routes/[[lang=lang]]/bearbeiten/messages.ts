import type { Locale } from '$lib/i18n/locale';
import { messages as site } from '$lib/i18n/messages';
import type { UnauthorizedReason } from '$lib/server/edit/cms';
import type { ProblemCode } from '$lib/server/edit/form';

/** Grouped from five digits on, so that years read as years: 1908, 1.000.000. */
const number = (locale: Locale, value: number) => value.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { useGrouping: 'min2' });

/** The longest text each field takes (issue 15's contract), for the message that says so. */
const maxLengths: [RegExp, number][] = [
  [/^(building|location|town|people|livingAndWorking)$/, 5000],
  [/^facts\.formerUse$/, 200],
  [/^contact\.name$/, 120],
  [/^website$/, 300],
  [/^images\.\d+\.alt$/, 300],
  [/^images\.\d+\.credit$/, 200],
  [/^images\.\d+\.licence$/, 120],
  [/^title$/, 160],
  [/^description$/, 5000],
  [/^registrationUrl$/, 300],
  [/^price$/, 120],
  [/^accessibility$/, 600],
  [/^text$/, 500],
];
const maxLengthOf = (field: string) => maxLengths.find(([pattern]) => pattern.test(field))?.[1];

/** The numbers each fact takes (as the CMS checks them), for the message that says so. */
const ranges: Record<string, [number, number]> = {
  'facts.yearBuilt': [800, 2100],
  'facts.projectFounded': [1900, 2100],
  'facts.floorArea': [1, 1_000_000],
  'facts.residents': [0, 1_000_000],
  'facts.workplaces': [0, 1_000_000],
};

const de = {
  title: 'Profil bearbeiten',
  description: 'Die Bearbeitung eines Ortsprofils über den persönlichen Link aus der E-Mail der Redaktion.',
  start: {
    lead: 'Bitte öffnen Sie den Link aus Ihrer E-Mail.',
    explanation:
      'Mit dem persönlichen Bearbeitungslink, den die Redaktion an die hinterlegte E-Mail-Adresse Ihres Ortes schickt, halten Sie das Profil Ihres Ortes selbst aktuell: ohne Zugang zum Redaktionssystem, auch vom Telefon aus.',
    noLink: 'Sie haben keinen Link, oder er ist abgelaufen? Die Redaktion schickt Ihnen gern einen neuen an die Adresse Ihres Ortes.',
    writeTo: 'Schreiben Sie ihr:',
  },
  continue: {
    title: 'Weiter zur Bearbeitung',
    lead: (name: string) => `Der Link ist gültig. Gleich öffnet sich die Bearbeitung von ${name}.`,
    link: 'Weiter zur Bearbeitung',
  },
  unauthorized: {
    title: 'Kein Zugang zur Bearbeitung',
    link: {
      invalid: 'Dieser Bearbeitungslink ist ungültig. Vielleicht wurde er beim Kopieren abgeschnitten: Öffnen Sie ihn bitte direkt aus der E-Mail.',
      expired: 'Dieser Bearbeitungslink ist abgelaufen.',
      revoked: 'Dieser Bearbeitungslink wurde zurückgezogen, etwa weil die Redaktion einen neueren geschickt hat. Bitte nutzen Sie den Link aus der neuesten E-Mail.',
    } satisfies Record<UnauthorizedReason, string>,
    session: {
      invalid: 'Ihre Sitzung zur Bearbeitung ist nicht mehr gültig. Bitte öffnen Sie den Link aus Ihrer E-Mail erneut.',
      expired: 'Ihre Sitzung zur Bearbeitung ist abgelaufen. Bitte öffnen Sie den Link aus Ihrer E-Mail erneut.',
      revoked: 'Ihr Bearbeitungslink wurde zurückgezogen, etwa weil die Redaktion einen neueren geschickt hat. Bitte nutzen Sie den Link aus der neuesten E-Mail.',
    } satisfies Record<UnauthorizedReason, string>,
    none: 'Bitte öffnen Sie den Link aus Ihrer E-Mail: Er meldet Sie für die Bearbeitung an.',
    newLink: 'Einen neuen Link schickt Ihnen die Redaktion an die hinterlegte E-Mail-Adresse Ihres Ortes.',
  },
  unavailableTitle: 'Gerade nicht erreichbar',
  unavailable: 'Die Bearbeitung ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
  form: {
    title: (name: string) => `${name} bearbeiten`,
    review: 'Die Redaktion prüft jede Änderung, bevor sie auf der Website erscheint. Bis dahin bleibt das Profil, wie es ist.',
    validity: (session: string, link: string) => `Diese Sitzung ist gültig bis ${session}, der Link aus Ihrer E-Mail bis ${link}.`,
    pending: (count: number) => (count === 1 ? 'Eine Änderung von Ihnen wartet noch auf die Prüfung.' : `${number('de', count)} Änderungen von Ihnen warten noch auf die Prüfung.`),
    /** Said on the English page only: the profile itself is German. */
    language: '',
    prefilled: 'Jedes Feld zeigt, was jetzt veröffentlicht ist. Ändern Sie nur, was sich ändern soll.',
    published: 'Veröffentlicht:',
    publishedEmpty: 'Veröffentlicht: nichts',
    sectionsLegend: 'Beschreibung',
    sectionsHint: 'Nur Text, ohne HTML. Absätze trennen Sie mit einer Leerzeile. Höchstens 5.000 Zeichen je Abschnitt.',
    factsHints: { yearBuilt: 'Eine Jahreszahl, zum Beispiel 1908.', projectFounded: 'Eine Jahreszahl.', floorArea: 'In Quadratmetern.' },
    contactLegend: 'Öffentlicher Kontakt',
    contactHint: 'Steht auf dem Profil. Lassen Sie Felder leer, die nicht erscheinen sollen.',
    contact: { name: 'Name', email: 'E-Mail-Adresse', phone: 'Telefon' },
    websiteHint: 'Zum Beispiel https://www.beispiel.de',
    imagesLegend: 'Bilder',
    publishedImages: 'Veröffentlichte Bilder',
    noImages: 'Noch keine Bilder veröffentlicht.',
    cover: 'Titelbild',
    gallery: 'Galerie',
    newImagesHint: (count: number, megabytes: number) =>
      `Bis zu ${number('de', count)} neue Bilder auf einmal, zusammen höchstens ${number('de', megabytes)} MB, als JPEG, PNG, WebP, AVIF oder GIF. Sie erscheinen erst, wenn die Redaktion sie übernommen hat.`,
    newImage: (n: number) => `Neues Bild ${n}`,
    file: 'Bilddatei',
    alt: 'Bildbeschreibung (Alternativtext)',
    altHint: 'Was ist auf dem Bild zu sehen? Für Menschen, die es nicht sehen können. Nötig, wenn Sie ein Bild wählen.',
    credit: 'Fotonachweis',
    creditHint: 'Zum Beispiel „Foto: Jana Beispiel“.',
    licence: 'Lizenz',
    licenceHint: 'Zum Beispiel „CC BY 4.0“ oder „Alle Rechte beim Verein“.',
    role: 'Verwendung',
    roles: { cover: 'Titelbild ersetzen', gallery: 'Zur Galerie hinzufügen' },
    imagesAgain: 'Bitte wählen Sie die Bilder erneut aus: Ein Browser kann Dateien nach dem Senden nicht wieder einsetzen. Beschreibung, Fotonachweis und Lizenz sind noch da.',
    submit: 'Änderungen zur Prüfung senden',
    sending: 'Wird gesendet …',
  },
  views: {
    title: (total: number, days: number) => `${number('de', total)} Aufrufe Ihres Profils in den letzten ${days} Tagen`,
    lead: 'Deutsche und englische Seite zusammen, ohne Suchmaschinen und andere Bots. Gezählt wird ohne Cookies, und über die Besucherinnen und Besucher wird nichts gespeichert.',
    weeks: 'Aufrufe pro Woche',
    week: 'Woche bis',
    count: 'Aufrufe',
  },
  health: {
    title: (percent: number) => `Profil zu ${number('de', percent)} % vollständig`,
    lead: 'So vollständig ist Ihr veröffentlichtes Profil. Je mehr es zeigt, desto leichter finden Menschen zu Ihrem Ort.',
    missingTitle: 'Was noch fehlt',
    complete: 'Es fehlt nichts. Danke, dass Sie Ihr Profil so gut pflegen!',
    hints: {
      cover: 'Ein Titelbild mit Bildbeschreibung und Fotonachweis: unten unter „Bilder“ als neues Titelbild.',
      building: 'Ein Text im Abschnitt „Das Objekt“: das Gebäude, seine Geschichte und was daraus werden soll.',
      location: 'Ein Text im Abschnitt „Die Lage“: Landschaft, Umgebung und wie man hinkommt.',
      town: 'Ein Text im Abschnitt „Der Ort“: das Dorf oder die Stadt drumherum.',
      people: 'Ein Text im Abschnitt „Die Menschen“: wer den Ort trägt und belebt.',
      livingAndWorking: 'Ein Text im Abschnitt „Leben und Arbeiten vor Ort“.',
      facts: 'Mindestens eine Angabe unter „Fakten“, etwa das Baujahr oder die frühere Nutzung.',
      coordinates: 'Die Lage auf der Karte: Schreiben Sie der Redaktion, wo genau Ihr Ort liegt.',
      gallery: 'Mindestens drei Bilder in der Galerie: unten unter „Bilder“.',
      english: 'Eine englische Fassung: Die erstellt die Redaktion, sobald das deutsche Profil steht.',
      notice: 'Ein aktuelles Gesuch oder Angebot: Was suchen Sie, was bieten Sie an? Unten unter „Gesucht & Angeboten“; es erscheint auch auf der Pinnwand.',
      event: 'Ein kommender Termin, etwa ein Tag der offenen Tür: unten unter „Termine“.',
    },
  },
  events: {
    title: 'Termine',
    lead: 'Ihre kommenden Termine: Tage der offenen Tür, Workshops, Probewohnen und mehr. Auch sie prüft die Redaktion, bevor sie im Kalender erscheinen.',
    none: 'Noch keine kommenden Termine.',
    change: 'Ändern',
    add: 'Neuen Termin melden',
    published: 'veröffentlicht',
    draft: 'noch nicht veröffentlicht',
  },
  event: {
    newTitle: 'Neuen Termin melden',
    changeTitle: (title: string) => `Termin ändern: ${title}`,
    lead: 'Die Redaktion prüft den Termin, bevor er im Kalender und auf Ihrem Profil erscheint.',
    back: 'Zurück zur Bearbeitung des Profils',
    fields: {
      title: 'Titel',
      kind: 'Art',
      startDate: 'Beginn: Datum',
      startTime: 'Beginn: Uhrzeit',
      endDate: 'Ende: Datum',
      endTime: 'Ende: Uhrzeit',
      allDay: 'Ganztägig (ganze Tage, ohne Uhrzeit)',
      description: 'Beschreibung',
      registrationUrl: 'Link zur Anmeldung',
      price: 'Preis',
      accessibility: 'Barrierefreiheit',
    },
    timesLegend: 'Wann',
    timesHint: 'In deutscher Zeit. Bei ganztägigen Terminen bleiben die Uhrzeiten leer; das Ende ist dann der letzte Tag.',
    endHint: 'Leer lassen, wenn der Termin am selben Tag endet oder kein Ende hat.',
    descriptionHint: 'Nur Text, ohne HTML. Absätze trennen Sie mit einer Leerzeile.',
    registrationHint: 'Zum Beispiel https://www.beispiel.de/anmeldung. Leer lassen, wenn keine Anmeldung nötig ist.',
    priceHint: 'Zum Beispiel „Eintritt frei“ oder „25 €, ermäßigt 15 €“.',
    accessibilityHint: 'Zum Beispiel stufenloser Zugang, barrierefreie Toilette, Hilfe vor Ort.',
    submit: 'Termin zur Prüfung senden',
    cancelTitle: 'Termin absagen',
    cancelHint: 'Findet der Termin nicht statt? Die Redaktion nimmt ihn dann aus dem Kalender und von Ihrem Profil.',
    cancel: 'Termin absagen',
    cancelledTitle: 'Danke, Ihre Absage ist angekommen',
    cancelledLead: (name: string) => `Die Redaktion nimmt den Termin von ${name} aus dem Kalender. Bis dahin bleibt er sichtbar.`,
    thanksTitle: 'Danke, Ihr Termin ist angekommen',
    thanksLead: (name: string) => `Die Redaktion prüft den Termin von ${name} und veröffentlicht ihn im Kalender. Das kann einige Tage dauern.`,
    another: 'Zurück zur Bearbeitung',
  },
  notices: {
    title: 'Gesucht & Angeboten',
    lead: 'Was Ihr Ort sucht (Mitstreiter, Mieter, Investoren …) und was er anbietet (Coworking, Probewohnen, Ateliers …). Die Redaktion prüft jeden Eintrag, bevor er auf der Pinnwand „Gesucht & Angeboten“ und auf Ihrem Profil erscheint. Abgelaufene Einträge können Sie mit einem neuen Datum verlängern.',
    none: 'Noch keine Einträge.',
    change: 'Ändern',
    add: 'Neu: Gesucht oder Angeboten melden',
    withdraw: 'Zurückziehen',
    until: (date: string) => `sichtbar bis ${date}`,
    open: 'ohne Ablaufdatum',
    expired: 'abgelaufen',
    missing: 'Diesen Eintrag gibt es bei Ihrem Ort nicht.',
  },
  notice: {
    newTitle: 'Neu: Gesucht oder Angeboten melden',
    changeTitle: 'Gesucht & Angeboten: Eintrag ändern',
    lead: 'Die Redaktion prüft den Eintrag, bevor er auf der Pinnwand „Gesucht & Angeboten“ und auf Ihrem Profil erscheint.',
    expiredHint: 'Dieser Eintrag ist abgelaufen und wird nicht mehr gezeigt. Mit einem neuen Datum unter „Sichtbar bis“ können Sie ihn verlängern.',
    fields: { direction: 'Richtung', kind: 'Art', text: 'Beschreibung', expiresOn: 'Sichtbar bis' },
    directions: { seeking: 'Wir suchen', offer: 'Wir bieten an' },
    chooseKind: 'Bitte wählen',
    kindHint: 'Die Arten passen zur gewählten Richtung. Wenn Sie die Richtung ändern, wählen Sie die Art nach dem Senden bitte neu.',
    textHint: 'Kurz und konkret, nur Text, höchstens 500 Zeichen.',
    count: (length: number, max: number) => `${number('de', length)} von ${number('de', max)} Zeichen`,
    expiresHint: 'Der letzte Tag, an dem der Eintrag gezeigt wird. Leer lassen, wenn er nicht abläuft.',
    submit: 'Eintrag zur Prüfung senden',
    thanksTitle: 'Danke, Ihr Eintrag ist angekommen',
    thanksLead: (name: string) => `Die Redaktion prüft den Eintrag von ${name} und veröffentlicht ihn auf der Pinnwand „Gesucht & Angeboten“. Das kann einige Tage dauern.`,
    withdrawnTitle: 'Danke, Ihr Rückzug ist angekommen',
    withdrawnLead: (name: string) => `Die Redaktion nimmt den Eintrag von ${name} von der Pinnwand und vom Profil. Bis dahin bleibt er sichtbar.`,
  },
  errorTitlePrefix: 'Fehler: ',
  summaryTitle: 'Bitte prüfen Sie Ihre Angaben',
  notSentTitle: 'Ihre Änderungen sind noch nicht gesendet',
  refused: {
    rateLimited: (minutes: number) =>
      `Über diesen Link kamen in kurzer Zeit schon mehrere Änderungen. Ihre Angaben sind noch da, bitte senden Sie das Formular in ${minutes === 1 ? 'einer Minute' : `${number('de', minutes)} Minuten`} noch einmal.`,
    unavailable: 'Ihre Änderungen konnten gerade nicht gesendet werden. Nichts ist verloren: Ihre Angaben sind noch da, bitte senden Sie das Formular später erneut.',
    tooLarge: (megabytes: number) =>
      `Die Bilder sind zusammen zu groß: höchstens ${number('de', megabytes)} MB. Bitte wählen Sie kleinere Bilder, oder senden Sie sie nacheinander.`,
    bodyTooLarge: (megabytes: number) =>
      `Das Formular war mit den Bildern zu groß, um es anzunehmen (zusammen höchstens ${number('de', megabytes)} MB), deshalb konnten auch Ihre Texte nicht gelesen werden. Bitte wählen Sie kleinere oder weniger Bilder und senden Sie das Formular noch einmal.`,
    unreadable: 'Das Formular kam unlesbar an. Bitte laden Sie die Seite neu und senden Sie es noch einmal.',
    unchanged: 'Sie haben nichts geändert und kein Bild hinzugefügt.',
  },
  problems: {
    required: (label: string) => `${label}: Bitte ausfüllen.`,
    fileAgain: (label: string) => `${label}: Bitte wählen Sie die Datei erneut aus, oder leeren Sie die Angaben zu diesem Bild.`,
    tooLong: (label: string, max: number, length: number) => `${label}: höchstens ${number('de', max)} Zeichen, jetzt sind es ${number('de', length)}.`,
    tooLongBare: (label: string) => `${label}: Der Text ist zu lang.`,
    markup: (label: string) => `${label}: Bitte schreiben Sie nur Text, ohne HTML-Tags wie <b> und ohne „javascript:“.`,
    number: (label: string) => `${label}: Bitte geben Sie eine ganze Zahl an.`,
    range: (label: string, min: number, max: number) => `${label}: Bitte eine Zahl von ${number('de', min)} bis ${number('de', max)}.`,
    email: (label: string) => `${label}: Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an, oder lassen Sie das Feld leer.`,
    phone: (label: string) => `${label}: Bitte nur Ziffern, Leerzeichen und + ( ) / -, zum Beispiel +49 3931 123456.`,
    website: (label: string) => `${label}: Bitte eine Adresse wie https://www.beispiel.de, oder lassen Sie das Feld leer.`,
    date: (label: string) => `${label}: Bitte geben Sie ein Datum an.`,
    time: (label: string) => `${label}: Bitte geben Sie eine Uhrzeit wie 14:30 an.`,
    tooFarAhead: (label: string) => `${label}: Ein Termin darf höchstens drei Jahre im Voraus gemeldet werden.`,
    endsBeforeStart: (label: string) => `${label}: Das Ende muss nach dem Beginn liegen.`,
    kindDirection: (label: string) => `${label}: Diese Art passt nicht zur gewählten Richtung. Bitte wählen Sie eine der angebotenen Arten.`,
    inPast: (label: string) => `${label}: Das Datum darf nicht in der Vergangenheit liegen.`,
    noticeTooFarAhead: (label: string) => `${label}: höchstens zwei Jahre im Voraus.`,
    choice: (label: string) => `${label}: Bitte wählen Sie aus der Liste.`,
    invalid: (label: string) => `${label}: Diese Angabe wurde nicht angenommen. Bitte prüfen Sie sie.`,
    tooMany: (label: string, max: number) => `${label}: höchstens ${number('de', max)} auf einmal.`,
    fileType: (label: string) => `${label}: Diese Datei ist kein Bild im Format JPEG, PNG, WebP, AVIF oder GIF.`,
    fileSize: (label: string, megabytes: number) => `${label}: Das Bild ist zu groß: höchstens 40 Megapixel, alle Bilder zusammen höchstens ${number('de', megabytes)} MB.`,
  },
  thanks: {
    title: 'Danke, Ihre Änderungen sind angekommen',
    lead: (name: string) => `Die Redaktion prüft Ihre Änderungen an ${name} und übernimmt sie ins Profil. Das kann einige Tage dauern.`,
    another: 'Weitere Änderung senden',
    profile: 'Zum veröffentlichten Profil',
  },
};

export type EditMessages = typeof de;

const en: EditMessages = {
  title: 'Edit a profile',
  description: "Editing a place's profile through the personal link from the editorial team's email.",
  start: {
    lead: 'Please open the link from your email.',
    explanation:
      "With the personal edit link that the editorial team sends to your place's email address on file, you keep your place's profile up to date yourself: without an account in the editorial system, from your phone too.",
    noLink: "No link, or has it expired? The editorial team will gladly send you a new one at your place's address.",
    writeTo: 'Write to them:',
  },
  continue: {
    title: 'Continue to editing',
    lead: (name) => `The link is valid. Editing ${name} opens in a moment.`,
    link: 'Continue to editing',
  },
  unauthorized: {
    title: 'No access to editing',
    link: {
      invalid: 'This edit link is not valid. Perhaps it was cut off when copied: please open it straight from the email.',
      expired: 'This edit link has expired.',
      revoked: 'This edit link has been withdrawn, for example because the editorial team sent a newer one. Please use the link from the latest email.',
    },
    session: {
      invalid: 'Your editing session is no longer valid. Please open the link from your email again.',
      expired: 'Your editing session has expired. Please open the link from your email again.',
      revoked: 'Your edit link has been withdrawn, for example because the editorial team sent a newer one. Please use the link from the latest email.',
    },
    none: 'Please open the link from your email: it signs you in for editing.',
    newLink: "The editorial team sends a new link to your place's email address on file.",
  },
  unavailableTitle: 'Not available right now',
  unavailable: 'Editing is not available right now. Please try again in a few minutes.',
  form: {
    title: (name) => `Edit ${name}`,
    review: 'The editorial team reviews every change before it appears on the website. Until then the profile stays as it is.',
    validity: (session, link) => `This session is valid until ${session}, the link from your email until ${link}.`,
    pending: (count) => (count === 1 ? 'One change of yours is still waiting for review.' : `${number('en', count)} changes of yours are still waiting for review.`),
    language: 'The profile is written in German: please edit the German text. The editorial team takes care of the English version.',
    prefilled: 'Every field shows what is published now. Change only what should change.',
    published: 'Published:',
    publishedEmpty: 'Published: nothing',
    sectionsLegend: 'Description',
    sectionsHint: 'Plain text, no HTML. Separate paragraphs with a blank line. At most 5,000 characters per section.',
    factsHints: { yearBuilt: 'A year, for example 1908.', projectFounded: 'A year.', floorArea: 'In square metres.' },
    contactLegend: 'Public contact',
    contactHint: 'Shown on the profile. Leave empty what should not appear.',
    contact: { name: 'Name', email: 'Email address', phone: 'Phone' },
    websiteHint: 'For example https://www.example.com',
    imagesLegend: 'Images',
    publishedImages: 'Published images',
    noImages: 'No images published yet.',
    cover: 'Cover image',
    gallery: 'Gallery',
    newImagesHint: (count, megabytes) =>
      `Up to ${number('en', count)} new images at a time, at most ${number('en', megabytes)} MB together, as JPEG, PNG, WebP, AVIF or GIF. They appear once the editorial team has taken them over.`,
    newImage: (n) => `New image ${n}`,
    file: 'Image file',
    alt: 'Image description (alt text)',
    altHint: 'What does the image show? For people who cannot see it. Needed when you choose an image.',
    credit: 'Photo credit',
    creditHint: 'For example “Photo: Jana Beispiel”.',
    licence: 'Licence',
    licenceHint: 'For example “CC BY 4.0” or “All rights reserved by the association”.',
    role: 'Use',
    roles: { cover: 'Replace the cover image', gallery: 'Add to the gallery' },
    imagesAgain: 'Please choose the images again: a browser cannot put files back after sending. Description, credit and licence are still here.',
    submit: 'Send changes for review',
    sending: 'Sending …',
  },
  views: {
    title: (total, days) => `${number('en', total)} views of your profile in the last ${days} days`,
    lead: 'The German and the English page together, without search engines and other bots. Counted without cookies, and nothing about the visitors is stored.',
    weeks: 'Views per week',
    week: 'Week until',
    count: 'Views',
  },
  health: {
    title: (percent) => `Profile ${number('en', percent)}% complete`,
    lead: 'How complete your published profile is. The more it shows, the easier people find their way to your place.',
    missingTitle: 'What is still missing',
    complete: 'Nothing is missing. Thank you for keeping your profile so well!',
    hints: {
      cover: 'A cover image with a description and a photo credit: below under “Images”, as a new cover.',
      building: 'A text in the section “The building”: its history and what it is to become.',
      location: 'A text in the section “The location”: the landscape, the surroundings and how to get there.',
      town: 'A text in the section “The town”: the village or town around it.',
      people: 'A text in the section “The people”: who carries and enlivens the place.',
      livingAndWorking: 'A text in the section “Living and working here”.',
      facts: 'At least one of the “Facts”, such as the year built or the former use.',
      coordinates: 'The place on the map: write to the editorial team where exactly your place is.',
      gallery: 'At least three images in the gallery: below under “Images”.',
      english: 'An English version: the editorial team writes it once the German profile is in place.',
      notice: 'A current seeking or offer: what are you looking for, what do you offer? Below under “Wanted & offered”; it also appears on the board.',
      event: 'An upcoming event, such as an open day: below under “Events”.',
    },
  },
  events: {
    title: 'Events',
    lead: 'Your upcoming events: open days, workshops, trial living and more. The editorial team reviews them too before they appear in the calendar.',
    none: 'No upcoming events yet.',
    change: 'Change',
    add: 'Announce a new event',
    published: 'published',
    draft: 'not published yet',
  },
  event: {
    newTitle: 'Announce a new event',
    changeTitle: (title) => `Change event: ${title}`,
    lead: 'The editorial team reviews the event before it appears in the calendar and on your profile.',
    back: 'Back to editing the profile',
    fields: {
      title: 'Title',
      kind: 'Kind',
      startDate: 'Start: date',
      startTime: 'Start: time',
      endDate: 'End: date',
      endTime: 'End: time',
      allDay: 'All day (whole days, no times)',
      description: 'Description',
      registrationUrl: 'Registration link',
      price: 'Price',
      accessibility: 'Accessibility',
    },
    timesLegend: 'When',
    timesHint: 'In German time. For all-day events leave the times empty; the end is then the last day.',
    endHint: 'Leave empty if the event ends on the same day or has no end.',
    descriptionHint: 'Plain text, no HTML. Separate paragraphs with a blank line.',
    registrationHint: 'For example https://www.example.com/registration. Leave empty if no registration is needed.',
    priceHint: 'For example “Free entry” or “€25, reduced €15”.',
    accessibilityHint: 'For example step-free access, accessible toilet, help on site.',
    submit: 'Send the event for review',
    cancelTitle: 'Cancel the event',
    cancelHint: 'Is the event not taking place? The editorial team then takes it off the calendar and your profile.',
    cancel: 'Cancel the event',
    cancelledTitle: 'Thank you, your cancellation has arrived',
    cancelledLead: (name) => `The editorial team takes the event of ${name} off the calendar. Until then it stays visible.`,
    thanksTitle: 'Thank you, your event has arrived',
    thanksLead: (name) => `The editorial team reviews the event of ${name} and publishes it in the calendar. This may take a few days.`,
    another: 'Back to editing',
  },
  notices: {
    title: 'Wanted & offered',
    lead: 'What your place is looking for (fellow campaigners, tenants, investors …) and what it offers (coworking, trial living, studios …). The editorial team reviews every entry before it appears on the “Wanted & offered” board and on your profile. You can renew an expired entry with a new date.',
    none: 'No entries yet.',
    change: 'Change',
    add: 'New: report something wanted or offered',
    withdraw: 'Withdraw',
    until: (date) => `shown until ${date}`,
    open: 'no end date',
    expired: 'expired',
    missing: 'Your place has no such entry.',
  },
  notice: {
    newTitle: 'New: report something wanted or offered',
    changeTitle: 'Wanted & offered: change an entry',
    lead: 'The editorial team reviews the entry before it appears on the “Wanted & offered” board and on your profile.',
    expiredHint: 'This entry has expired and is no longer shown. Give it a new “Shown until” date to renew it.',
    fields: { direction: 'Direction', kind: 'Kind', text: 'Description', expiresOn: 'Shown until' },
    directions: { seeking: 'We are looking for', offer: 'We offer' },
    chooseKind: 'Please choose',
    kindHint: 'The kinds fit the direction chosen. If you change the direction, please choose the kind again after sending.',
    textHint: 'Short and specific, text only, at most 500 characters.',
    count: (length, max) => `${number('en', length)} of ${number('en', max)} characters`,
    expiresHint: 'The last day the entry is shown. Leave empty if it does not expire.',
    submit: 'Send the entry for review',
    thanksTitle: 'Thank you, your entry has arrived',
    thanksLead: (name) => `The editorial team reviews the entry of ${name} and publishes it on the “Wanted & offered” board. This may take a few days.`,
    withdrawnTitle: 'Thank you, your withdrawal has arrived',
    withdrawnLead: (name) => `The editorial team takes the entry of ${name} off the board and the profile. Until then it stays visible.`,
  },
  errorTitlePrefix: 'Error: ',
  summaryTitle: 'Please check your entries',
  notSentTitle: 'Your changes have not been sent yet',
  refused: {
    rateLimited: (minutes) =>
      `Several changes have already come through this link in a short time. Your entries are still here; please send the form again in ${minutes === 1 ? 'one minute' : `${number('en', minutes)} minutes`}.`,
    unavailable: 'Your changes could not be sent just now. Nothing is lost: your entries are still here, please send the form again later.',
    tooLarge: (megabytes) => `The images are too large together: at most ${number('en', megabytes)} MB. Please choose smaller images, or send them one after another.`,
    bodyTooLarge: (megabytes) =>
      `The form with its images was too large to accept (at most ${number('en', megabytes)} MB together), so your texts could not be read either. Please choose smaller or fewer images and send the form again.`,
    unreadable: 'The form arrived unreadable. Please reload the page and send it again.',
    unchanged: 'You have changed nothing and added no image.',
  },
  problems: {
    required: (label) => `${label}: please fill this in.`,
    fileAgain: (label) => `${label}: please choose the file again, or empty the details of this image.`,
    tooLong: (label, max, length) => `${label}: at most ${number('en', max)} characters, it has ${number('en', length)}.`,
    tooLongBare: (label) => `${label}: the text is too long.`,
    markup: (label) => `${label}: please write plain text, without HTML tags such as <b> and without “javascript:”.`,
    number: (label) => `${label}: please enter a whole number.`,
    range: (label, min, max) => `${label}: please enter a number from ${number('en', min)} to ${number('en', max)}.`,
    email: (label) => `${label}: please enter an email address like name@example.com, or leave the field empty.`,
    phone: (label) => `${label}: digits, spaces and + ( ) / - only, for example +49 3931 123456.`,
    website: (label) => `${label}: please enter an address like https://www.example.com, or leave the field empty.`,
    date: (label) => `${label}: please enter a date.`,
    time: (label) => `${label}: please enter a time like 14:30.`,
    tooFarAhead: (label) => `${label}: an event may be announced at most three years ahead.`,
    endsBeforeStart: (label) => `${label}: the end must be after the start.`,
    kindDirection: (label) => `${label}: this kind does not fit the direction chosen. Please choose one of the kinds offered.`,
    inPast: (label) => `${label}: the date must not be in the past.`,
    noticeTooFarAhead: (label) => `${label}: at most two years ahead.`,
    choice: (label) => `${label}: please choose from the list.`,
    invalid: (label) => `${label}: this entry was not accepted. Please check it.`,
    tooMany: (label, max) => `${label}: at most ${number('en', max)} at a time.`,
    fileType: (label) => `${label}: this file is not an image in JPEG, PNG, WebP, AVIF or GIF format.`,
    fileSize: (label, megabytes) => `${label}: the image is too large: at most 40 megapixels, and all images together at most ${number('en', megabytes)} MB.`,
  },
  thanks: {
    title: 'Thank you, your changes have arrived',
    lead: (name) => `The editorial team reviews your changes to ${name} and takes them over into the profile. This may take a few days.`,
    another: 'Send another change',
    profile: 'To the published profile',
  },
};

export const messages: Record<Locale, EditMessages> = { de, en };

/** A field's name as the error summary says it: "Neues Bild 2: Alternativtext". */
/** The entry under `key`, where the record has one. */
export const pick = <Value>(record: Record<string, Value>, key: string | undefined, fallback: Value) =>
  key !== undefined && Object.hasOwn(record, key) ? record[key] : fallback;

const fieldLabel = (locale: Locale, field: string) => {
  const t = messages[locale].form;
  const place = site[locale].place;
  const [head, second, third] = field.split('.');
  const eventFields = messages[locale].event.fields;
  if (Object.hasOwn(eventFields, head)) return pick(eventFields, head, head);
  const noticeFields = messages[locale].notice.fields;
  if (Object.hasOwn(noticeFields, head)) return pick(noticeFields, head, head);
  const row = Number(second) + 1;
  switch (head) {
    case 'building':
    case 'location':
    case 'town':
    case 'people':
    case 'livingAndWorking':
      return place.sections[head];
    case 'facts':
      return pick(place.facts, second, place.factsTitle);
    case 'contact':
      return `${t.contactLegend}: ${pick(t.contact, second, t.contact.name)}`;
    case 'website':
      return place.website;
    case 'images': {
      if (third === undefined) return t.imagesLegend;
      return `${t.newImage(row)}: ${pick({ file: t.file, alt: t.alt, credit: t.credit, licence: t.licence, role: t.role }, third, t.file)}`;
    }
    default:
      return t.sectionsLegend;
  }
};

/** The sentence for one refused field, in the page's language; `length` is what was typed there. */
export const problemText = (locale: Locale, { field, code }: { field: string; code: ProblemCode }, length: number, maxMegabytes: number) => {
  const t = messages[locale];
  const p = t.problems;
  const label = fieldLabel(locale, field);
  switch (code) {
    case 'required':
      return /^images\.\d+\.file$/.test(field) ? p.fileAgain(label) : p.required(label);
    case 'too_long': {
      const max = maxLengthOf(field);
      return max ? p.tooLong(label, max, length) : p.tooLongBare(label);
    }
    case 'markup':
      return p.markup(label);
    case 'out_of_range': {
      const range = ranges[field];
      return range ? p.range(label, ...range) : p.invalid(label);
    }
    case 'too_many':
      return p.tooMany(label, field === 'images' ? 3 : 10);
    case 'file_type':
      return p.fileType(label);
    case 'file_size':
      return p.fileSize(label, maxMegabytes);
    case 'unchanged':
      return t.refused.unchanged;
    case 'too_far_ahead':
      return field === 'expiresOn' ? p.noticeTooFarAhead(label) : p.tooFarAhead(label);
    case 'kind_direction':
      return p.kindDirection(label);
    case 'in_past':
      return p.inPast(label);
    case 'ends_before_start':
      return p.endsBeforeStart(label);
    case 'invalid':
      if (field in ranges) return p.number(label);
      if (field === 'contact.email') return p.email(label);
      if (field === 'contact.phone') return p.phone(label);
      if (field === 'website' || field === 'registrationUrl') return p.website(label);
      if (/(\.expiresOn|^expiresOn|^startDate|^endDate)$/.test(field)) return p.date(label);
      if (/^(startTime|endTime)$/.test(field)) return p.time(label);
      if (/(\.(kind|what|role)|^kind)$/.test(field)) return p.choice(label);
      return p.invalid(label);
  }
};
