import type { Locale } from '$lib/i18n/locale';
import type { FieldProblem, ProposalField, StageId } from '$lib/server/proposals/schema';

/** The words of one form field; `required` is the message when it is left empty. */
export type FieldText = { label: string; hint?: string; required?: string };

type StageText = { label: string; hint: string };

const number = (locale: Locale, value: number) => value.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB');

const deFields: Record<ProposalField, FieldText> = {
  name: { label: 'Name des Ortes', hint: 'Zum Beispiel „Alte Schule Kläden“.', required: 'Bitte geben Sie den Namen des Ortes an.' },
  town: { label: 'Ort', hint: 'Die Stadt oder das Dorf, in dem der Ort liegt.', required: 'Bitte geben Sie an, in welchem Ort er liegt.' },
  district: { label: 'Landkreis', hint: 'Zum Beispiel Stendal oder Altmarkkreis Salzwedel.' },
  stage: { label: 'Entwicklungsstand', required: 'Bitte wählen Sie aus, wie weit der Ort ist.' },
  themes: { label: 'Themen', hint: 'Wählen Sie alle, die passen.' },
  description: {
    label: 'Kurze Beschreibung',
    hint: 'Was ist das für ein Ort, was passiert dort, was ist geplant?',
    required: 'Bitte beschreiben Sie den Ort in ein paar Sätzen.',
  },
  website: { label: 'Website', hint: 'Zum Beispiel https://www.alte-schule-klaeden.de' },
  contactName: { label: 'Ihr Name', required: 'Bitte geben Sie Ihren Namen an.' },
  contactEmail: { label: 'Ihre E-Mail-Adresse', required: 'Bitte geben Sie Ihre E-Mail-Adresse an.' },
  consent: {
    label: 'Ich bin einverstanden, dass Kreativorte im Grünen meine Angaben speichert, um den Vorschlag zu prüfen und mich bei Rückfragen per E-Mail zu erreichen.',
    required: 'Bitte bestätigen Sie, dass wir Ihre Angaben dafür speichern dürfen.',
  },
};

const deStages: Record<StageId, StageText> = {
  idea: { label: 'Idee', hint: 'Es gibt eine Idee, aber noch keinen festen Plan.' },
  planned: { label: 'In Planung', hint: 'Gebäude oder Gruppe stehen fest, es wird geplant.' },
  under_development: { label: 'Im Aufbau', hint: 'Es wird gebaut, saniert oder eingerichtet.' },
  active: { label: 'Aktiv', hint: 'Der Ort ist in Betrieb und offen für Menschen.' },
};

const de = {
  title: 'Ort vorschlagen',
  description: 'Schlagen Sie einen kreativen Ort auf dem Land für das Netzwerk Kreativorte im Grünen vor: ein Formular, fünf Minuten.',
  lead: 'Sie bauen einen Kreativort auf dem Land auf oder kennen einen? Erzählen Sie uns davon. Wir prüfen jeden Vorschlag und nehmen passende Orte in das Verzeichnis auf.',
  requiredNote: 'Felder mit dem Zusatz „Pflichtfeld“ müssen ausgefüllt werden, alle anderen sind freiwillig.',
  requiredMark: 'Pflichtfeld',
  placeLegend: 'Der Ort',
  contactLegend: 'Ihre Kontaktdaten',
  contactHint: 'Nur für Rückfragen zu Ihrem Vorschlag. Wir veröffentlichen sie nicht.',
  fields: deFields,
  stages: deStages,
  privacyBefore: 'Wie wir mit Ihren Angaben umgehen, steht in der ',
  privacyLink: 'Datenschutzerklärung (öffnet in einem neuen Tab)',
  privacyAfter: '.',
  trapLabel: 'Bitte lassen Sie dieses Feld leer',
  characters: (count: number, max: number) => `${number('de', count)} von ${number('de', max)} Zeichen`,
  submit: 'Vorschlag senden',
  sending: 'Wird gesendet …',
  errorTitlePrefix: 'Fehler: ',
  summaryTitle: 'Bitte prüfen Sie Ihre Angaben',
  notStoredTitle: 'Ihr Vorschlag ist noch nicht gespeichert',
  problems: {
    tooLong: (label: string, max: number, length: number) =>
      `${label}: höchstens ${number('de', max)} Zeichen, jetzt sind es ${number('de', length)}.`,
    html: (label: string) => `${label}: Bitte schreiben Sie nur Text, ohne HTML-Tags wie <b> oder <a>.`,
    invalidEmail: () => 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.',
    invalidUrl: () => 'Bitte geben Sie die Website als Adresse wie https://www.beispiel.de an, oder lassen Sie das Feld leer.',
    unknownChoice: (label: string) => `${label}: Bitte wählen Sie aus den angebotenen Möglichkeiten.`,
    rejected: (label: string) => `${label}: Diese Angabe wurde nicht angenommen. Bitte prüfen Sie sie.`,
  },
  refused: {
    trap: 'Ihr Vorschlag wurde nicht gespeichert, weil ein verstecktes Prüffeld ausgefüllt war. Das geschieht, wenn ein Programm das Formular ausfüllt. Falls Sie es selbst ausgefüllt haben, laden Sie die Seite bitte neu und senden Sie es noch einmal.',
    tooFast: 'Das Formular wurde schneller gesendet, als man es ausfüllen kann. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal.',
    tokenInvalid: 'Das Formular ist abgelaufen, etwa weil es sehr lange geöffnet war. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal.',
    rateLimited: (minutes: number) =>
      `Von Ihrem Anschluss kamen in kurzer Zeit schon mehrere Vorschläge. Ihre Angaben sind noch da, bitte senden Sie das Formular in ${minutes === 1 ? 'einer Minute' : `${number('de', minutes)} Minuten`} noch einmal.`,
    unavailable: 'Ihr Vorschlag konnte gerade nicht gespeichert werden. Ihre Angaben sind noch da, bitte senden Sie das Formular in einer Minute noch einmal.',
    rejected: 'Ihr Vorschlag wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.',
    unreadable: 'Das Formular kam unlesbar an, nicht als Formulardaten. Bitte laden Sie die Seite neu und senden Sie es noch einmal.',
    tooLarge: 'Das Formular ist zu groß, um es anzunehmen. Bitte kürzen Sie Ihre Angaben und senden Sie es noch einmal.',
    noAddress: 'Das Formular kam ohne die Adresse Ihres Anschlusses an, die wir für den Schutz vor Massenversand brauchen. Bitte senden Sie es über die Website.',
  },
  next: {
    title: 'So geht es weiter',
    steps: [
      'Die Redaktion prüft Ihren Vorschlag. Das kann einige Tage dauern.',
      'Bei Rückfragen schreiben wir Ihnen an die angegebene E-Mail-Adresse.',
      'Passt der Ort ins Netzwerk, legen wir ein Profil an. Es erscheint erst nach der Prüfung.',
    ],
  },
  thanks: {
    title: 'Danke für Ihren Vorschlag!',
    lead: 'Ihr Vorschlag ist bei uns angekommen.',
    privacy:
      'Ihren Namen und Ihre E-Mail-Adresse nutzen wir nur für diesen Vorschlag und veröffentlichen sie nicht. Möchten Sie Ihre Angaben löschen lassen, genügt eine kurze Nachricht. Mehr steht in der ',
    privacyLink: 'Datenschutzerklärung',
    another: 'Einen weiteren Ort vorschlagen',
    places: 'Zu den Kreativorten',
  },
};

export type ProposalMessages = typeof de;

const en: ProposalMessages = {
  title: 'Propose a place',
  description: 'Propose a creative place in the countryside for the Kreativorte im Grünen network: one form, five minutes.',
  lead: 'Are you building up a creative place in the countryside, or do you know one? Tell us about it. We review every proposal and add fitting places to the directory.',
  requiredNote: 'Fields marked “required” must be filled in; all others are optional.',
  requiredMark: 'required',
  placeLegend: 'The place',
  contactLegend: 'Your contact details',
  contactHint: 'Only for questions about your proposal. We do not publish them.',
  fields: {
    name: { label: 'Name of the place', hint: 'For example “Alte Schule Kläden”.', required: 'Please enter the name of the place.' },
    town: { label: 'Town or village', hint: 'Where the place is.', required: 'Please enter the town or village the place is in.' },
    district: { label: 'District (Landkreis)', hint: 'For example Stendal or Altmarkkreis Salzwedel.' },
    stage: { label: 'Stage of development', required: 'Please choose how far along the place is.' },
    themes: { label: 'Themes', hint: 'Choose all that fit.' },
    description: {
      label: 'Short description',
      hint: 'What kind of place is it, what happens there, what is planned?',
      required: 'Please describe the place in a few sentences.',
    },
    website: { label: 'Website', hint: 'For example https://www.alte-schule-klaeden.de' },
    contactName: { label: 'Your name', required: 'Please enter your name.' },
    contactEmail: { label: 'Your email address', required: 'Please enter your email address.' },
    consent: {
      label: 'I agree that Kreativorte im Grünen stores my details to review this proposal and to contact me by email with questions.',
      required: 'Please confirm that we may store your details for this.',
    },
  },
  stages: {
    idea: { label: 'Idea', hint: 'There is an idea, but no firm plan yet.' },
    planned: { label: 'Planned', hint: 'The building or the group is settled; planning is under way.' },
    under_development: { label: 'Under development', hint: 'Building, restoring or fitting out is under way.' },
    active: { label: 'Active', hint: 'The place is up and running and open to people.' },
  },
  privacyBefore: 'How we handle your details is explained in the ',
  privacyLink: 'privacy policy (opens in a new tab)',
  privacyAfter: '.',
  trapLabel: 'Please leave this field empty',
  characters: (count, max) => `${number('en', count)} of ${number('en', max)} characters`,
  submit: 'Send proposal',
  sending: 'Sending …',
  errorTitlePrefix: 'Error: ',
  summaryTitle: 'Please check your entries',
  notStoredTitle: 'Your proposal has not been stored yet',
  problems: {
    tooLong: (label, max, length) => `${label}: at most ${number('en', max)} characters, it has ${number('en', length)}.`,
    html: (label) => `${label}: please write plain text, without HTML tags such as <b> or <a>.`,
    invalidEmail: () => 'Please enter an email address like name@example.com.',
    invalidUrl: () => 'Please enter the website as an address like https://www.example.com, or leave the field empty.',
    unknownChoice: (label) => `${label}: please choose from the options offered.`,
    rejected: (label) => `${label}: this entry was not accepted. Please check it.`,
  },
  refused: {
    trap: 'Your proposal was not stored because a hidden check field was filled in. That happens when a program fills in the form. If you filled it in yourself, please reload the page and send it again.',
    tooFast: 'The form was sent faster than anyone can fill it in. Please check your entries and send it again.',
    tokenInvalid: 'The form has expired, for example because it was open for a very long time. Please check your entries and send it again.',
    rateLimited: (minutes) =>
      `Several proposals have already come from your connection in a short time. Your entries are still here; please send the form again in ${minutes === 1 ? 'one minute' : `${number('en', minutes)} minutes`}.`,
    unavailable: 'Your proposal could not be stored just now. Your entries are still here; please send the form again in a minute.',
    rejected: 'Your proposal was not accepted. Please check your entries and send the form again.',
    unreadable: 'The form arrived unreadable, not as form data. Please reload the page and send it again.',
    tooLarge: 'The form is too large to accept. Please shorten your entries and send it again.',
    noAddress: 'The form arrived without the address of your connection, which we need to guard against bulk sending. Please send it through the website.',
  },
  next: {
    title: 'What happens next',
    steps: [
      'Our editors review your proposal. This can take a few days.',
      'If we have questions, we write to the email address you gave.',
      'If the place fits the network, we create a profile for it. It appears only after the review.',
    ],
  },
  thanks: {
    title: 'Thank you for your proposal!',
    lead: 'Your proposal has reached us.',
    privacy:
      'We use your name and email address only for this proposal and do not publish them. If you would like your details deleted, a short message is enough. More in the ',
    privacyLink: 'privacy policy',
    another: 'Propose another place',
    places: 'Browse the creative places',
  },
};

/** This page's words, German and English with the same shape. */
export const messages: Record<Locale, ProposalMessages> = { de, en };

/** The sentence for a refused field of a visitor form, in the page's language: `field` is its words. */
export const problemText = (problems: ProposalMessages['problems'], { label, required }: FieldText, problem: FieldProblem, length: number, max: number) => {
  switch (problem) {
    case 'required':
    case 'consentMissing':
      return required ?? problems.rejected(label);
    case 'tooLong':
      return problems.tooLong(label, max, length);
    case 'html':
    case 'unknownChoice':
    case 'rejected':
      return problems[problem](label);
    case 'invalidEmail':
    case 'invalidUrl':
      return problems[problem]();
  }
};
