import type { Locale } from '$lib/i18n/locale';

/** The guide's texts; theme, region and city names come from the CMS and `$lib/hubs`. */
const de = {
  title: 'Welcher Ort passt zu mir?',
  description:
    'Fünf kurze Fragen führen zu den Kreativorten, die zu Ihnen passen: zum Wohnen, Arbeiten, Besuchen oder Mitmachen, erreichbar mit Bahn und Bus ab Berlin, Hamburg, Hannover, Magdeburg oder Leipzig.',
  lead: 'Fünf kurze Fragen, eine nach der anderen. Am Ende sehen Sie die passenden Orte im Verzeichnis, jeden mit dem Grund, warum er passt. Ihre Antworten stehen nur in der Adresse dieser Seite; wir speichern sie nicht.',
  progress: (step: number, total: number) => `Frage ${step} von ${total}`,
  stepTitle: (step: number, question: string) => `Frage ${step}: ${question}`,
  count: (n: number) => (n === 0 ? 'Bisher passt kein Ort. Vielleicht war eine Antwort zu streng?' : n === 1 ? '1 Ort passt bisher' : `${n} Orte passen bisher`),
  withAnswer: (n: number) => (n === 0 ? 'Mit dieser Antwort passt kein Ort' : n === 1 ? 'Mit dieser Antwort passt 1 Ort' : `Mit dieser Antwort passen ${n} Orte`),
  next: 'Weiter',
  result: 'Passende Orte zeigen',
  back: 'Zurück',
  restart: 'Von vorn beginnen',
  questions: {
    absicht: 'Was haben Sie vor?',
    phase: 'Wie weit soll der Ort schon sein?',
    von: 'Von wo reisen Sie mit Bahn und Bus an?',
    minuten: (hub: string) => `Wie lange darf die Fahrt ab ${hub} höchstens dauern?`,
    region: 'In welcher Region?',
  },
  intents: {
    wohnen: 'Auf dem Land wohnen',
    arbeiten: 'Auf dem Land arbeiten',
    besuchen: 'Orte besuchen und erleben',
    mitmachen: 'Etwas anfangen oder mitmachen',
    none: 'Ich schaue mich erst einmal um',
  },
  intentTheme: (theme: string) => `Orte zum Thema „${theme}“`,
  intentAnyTheme: 'Orte aller Themen; wie weit sie schon sind, fragen wir als Nächstes',
  stages: {
    active: 'In Betrieb: nutzen, was es schon gibt',
    under_development: 'Im Aufbau: mit anpacken',
    planned: 'In Planung: von Anfang an mitplanen',
    idea: 'Eine Idee: sie mit auf den Weg bringen',
    none: 'Egal',
  },
  anyHub: 'Egal, die Anreise spielt keine Rolle',
  hubsHint: 'Die Fahrzeiten kennen wir nicht für jeden Ort. Wer eine Stadt wählt, sieht nur Orte mit bekannter Fahrzeit, die schnellsten zuerst.',
  atMost: (duration: string) => `Höchstens ${duration}`,
  anyDuration: 'Egal, die schnellsten zuerst',
  anyRegion: 'In allen Regionen',
  regionIn: (parent: string) => `in ${parent}`,
};

type GuideMessages = typeof de;

const en: GuideMessages = {
  title: 'Which place suits me?',
  description:
    'Five short questions lead to the creative places that suit you: to live, work, visit or join in, reachable by train and bus from Berlin, Hamburg, Hanover, Magdeburg or Leipzig.',
  lead: 'Five short questions, one at a time. At the end you see the places that suit you in the directory, each with the reason why. Your answers are only in this page’s address; we do not store them.',
  progress: (step, total) => `Question ${step} of ${total}`,
  stepTitle: (step, question) => `Question ${step}: ${question}`,
  count: (n) => (n === 0 ? 'No place matches so far. Perhaps one answer was too strict?' : n === 1 ? '1 place matches so far' : `${n} places match so far`),
  withAnswer: (n) => (n === 0 ? 'With this answer no place matches' : n === 1 ? 'With this answer 1 place matches' : `With this answer ${n} places match`),
  next: 'Next',
  result: 'Show matching places',
  back: 'Back',
  restart: 'Start again',
  questions: {
    absicht: 'What would you like to do?',
    phase: 'How far along should the place be?',
    von: 'Where do you travel from by train and bus?',
    minuten: (hub) => `How long may the journey from ${hub} take at most?`,
    region: 'In which region?',
  },
  intents: {
    wohnen: 'Live in the countryside',
    arbeiten: 'Work in the countryside',
    besuchen: 'Visit and experience places',
    mitmachen: 'Start something or join in',
    none: 'I am just looking around',
  },
  intentTheme: (theme) => `Places on the theme “${theme}”`,
  intentAnyTheme: 'Places of every theme; how far along they are is the next question',
  stages: {
    active: 'Up and running: use what is already there',
    under_development: 'Under development: lend a hand',
    planned: 'Being planned: help plan it from the start',
    idea: 'An idea: help get it going',
    none: 'No preference',
  },
  anyHub: 'No preference, the journey does not matter',
  hubsHint: 'We do not know the journey times for every place. Choosing a city shows only places with a known time, the quickest first.',
  atMost: (duration) => `At most ${duration}`,
  anyDuration: 'No limit, the quickest first',
  anyRegion: 'In all regions',
  regionIn: (parent) => `in ${parent}`,
};

export const messages: Record<Locale, GuideMessages> = { de, en };
