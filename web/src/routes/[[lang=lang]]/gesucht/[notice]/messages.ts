import type { Locale } from '$lib/i18n/locale';
import type { ReplyField } from '$lib/server/notice-replies/submit';
import { messages as proposalMessages, type FieldText } from '../../mitmachen/messages';

const shared = (locale: Locale) => {
  const { requiredNote, requiredMark, trapLabel, characters, sending, errorTitlePrefix, summaryTitle, problems } = proposalMessages[locale];
  return { requiredNote, requiredMark, trapLabel, characters, sending, errorTitlePrefix, summaryTitle, problems };
};

const deFields: Record<ReplyField, FieldText> = {
  name: { label: 'Ihr Name', required: 'Bitte geben Sie Ihren Namen an.' },
  email: { label: 'Ihre E-Mail-Adresse', hint: 'Der Ort antwortet Ihnen an diese Adresse.', required: 'Bitte geben Sie Ihre E-Mail-Adresse an.' },
  message: { label: 'Ihre Nachricht', hint: 'Nur Text, ohne Formatierung.', required: 'Bitte schreiben Sie eine Nachricht.' },
  consent: { label: 'Einverständnis', required: 'Bitte bestätigen Sie, dass wir Name, E-Mail-Adresse und Nachricht an den Ort weitergeben dürfen.' },
};

const enFields: Record<ReplyField, FieldText> = {
  name: { label: 'Your name', required: 'Please enter your name.' },
  email: { label: 'Your email address', hint: 'The place answers you at this address.', required: 'Please enter your email address.' },
  message: { label: 'Your message', hint: 'Plain text, without formatting.', required: 'Please write a message.' },
  consent: { label: 'Consent', required: 'Please confirm that we may pass your name, email address and message on to the place.' },
};

const de = {
  ...shared('de'),
  description: (direction: string, place: string) => `${direction} bei ${place}: eine Anzeige auf der Pinnwand „Gesucht & Angeboten“ von Kreativorte im Grünen.`,
  title: (direction: string, kind: string, place: string) => `${direction}: ${kind} bei ${place}`,
  addedOn: 'Eingestellt am',
  visibleUntil: 'Sichtbar bis',
  place: 'Ort',
  answerTitle: 'Antworten',
  answerLead: (place: string) => `Ihre Nachricht geht per E-Mail an ${place}. Die Adresse des Orts veröffentlichen wir nicht; der Ort antwortet Ihnen direkt.`,
  fields: deFields,
  consent: (place: string) => `Ich bin einverstanden, dass Name, E-Mail-Adresse und Nachricht an ${place} weitergegeben werden.`,
  privacyBefore: 'Details: ',
  privacyLink: 'Datenschutzerklärung',
  privacyAfter: ' (öffnet in einem neuen Tab).',
  submit: 'Nachricht senden',
  notSentTitle: 'Ihre Nachricht ist noch nicht gesendet',
  noForm: (place: string) => `${place} nimmt über die Pinnwand keine Nachrichten an.`,
  website: (place: string) => `Die Website von ${place}`,
  profile: (place: string) => `Zum Profil von ${place}`,
  formUnavailable: 'Das Antwortformular ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
  refused: {
    trap: 'Ihre Nachricht wurde nicht gesendet, weil ein verstecktes Prüffeld ausgefüllt war. Das geschieht, wenn ein Programm das Formular ausfüllt. Falls Sie es selbst ausgefüllt haben, laden Sie die Seite bitte neu und senden Sie es noch einmal.',
    tooFast: proposalMessages.de.refused.tooFast,
    tokenInvalid: proposalMessages.de.refused.tokenInvalid,
    unreadable: proposalMessages.de.refused.unreadable,
    tooLarge: proposalMessages.de.refused.tooLarge,
    noAddress: proposalMessages.de.refused.noAddress,
    rateLimited: 'Heute sind schon zu viele Nachrichten von Ihnen oder an diesen Ort gegangen. Ihre Angaben sind noch da; bitte versuchen Sie es morgen noch einmal.',
    unavailable: 'Ihre Nachricht konnte gerade nicht angenommen werden; es ist nichts verloren. Ihre Angaben sind noch da, bitte senden Sie das Formular in einer Minute noch einmal.',
    closed: 'Dieser Ort nimmt über die Pinnwand keine Nachrichten an.',
    rejected: 'Ihre Nachricht wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.',
  },
  sent: {
    delivered: { title: 'Ihre Nachricht ist unterwegs', lead: (place: string) => `Wir haben Ihre Nachricht an ${place} weitergeleitet. Der Ort antwortet Ihnen direkt per E-Mail.` },
    queued: {
      title: 'Ihre Nachricht wird zugestellt',
      lead: (place: string) => `Ihre Nachricht ist angekommen und wird an ${place} zugestellt, sobald der Mailserver sie annimmt. Wir versuchen es bis zu sieben Tage lang; es ist nichts verloren.`,
    },
    privacy: 'Wir bewahren Ihre Nachricht nur auf, bis sie zugestellt ist. Mehr in der ',
    privacyLink: 'Datenschutzerklärung',
    back: 'Zurück zur Pinnwand',
  },
};

export type ReplyMessages = typeof de;

const en: ReplyMessages = {
  ...shared('en'),
  description: (direction, place) => `${direction} at ${place}: a notice on the board “Wanted & offered” of Kreativorte im Grünen.`,
  title: (direction, kind, place) => `${direction}: ${kind} at ${place}`,
  addedOn: 'Added on',
  visibleUntil: 'Visible until',
  place: 'Place',
  answerTitle: 'Answer',
  answerLead: (place) => `Your message goes to ${place} by email. We do not publish the place’s address; the place answers you directly.`,
  fields: enFields,
  consent: (place) => `I agree that my name, email address and message are passed on to ${place}.`,
  privacyBefore: 'Details: ',
  privacyLink: 'privacy policy',
  privacyAfter: ' (opens in a new tab).',
  submit: 'Send message',
  notSentTitle: 'Your message has not been sent yet',
  noForm: (place) => `${place} does not take messages through the board.`,
  website: (place) => `The website of ${place}`,
  profile: (place) => `The profile of ${place}`,
  formUnavailable: 'The answer form cannot be reached just now. Please try again in a few minutes.',
  refused: {
    trap: 'Your message was not sent because a hidden check field was filled in. That happens when a program fills in the form. If you filled it in yourself, please reload the page and send it again.',
    tooFast: proposalMessages.en.refused.tooFast,
    tokenInvalid: proposalMessages.en.refused.tokenInvalid,
    unreadable: proposalMessages.en.refused.unreadable,
    tooLarge: proposalMessages.en.refused.tooLarge,
    noAddress: proposalMessages.en.refused.noAddress,
    rateLimited: 'Too many messages from you or to this place today. Your entries are still here; please try again tomorrow.',
    unavailable: 'Your message could not be taken just now; nothing is lost. Your entries are still here; please send the form again in a minute.',
    closed: 'This place does not take messages through the board.',
    rejected: 'Your message was not accepted. Please check your entries and send the form again.',
  },
  sent: {
    delivered: { title: 'Your message is on its way', lead: (place) => `We have passed your message on to ${place}. The place answers you directly by email.` },
    queued: {
      title: 'Your message is being delivered',
      lead: (place) => `Your message has arrived and goes to ${place} as soon as the mail server takes it. We keep trying for up to seven days; nothing is lost.`,
    },
    privacy: 'We keep your message only until it is delivered. More in the ',
    privacyLink: 'privacy policy',
    back: 'Back to the board',
  },
};

export const messages: Record<Locale, ReplyMessages> = { de, en };
