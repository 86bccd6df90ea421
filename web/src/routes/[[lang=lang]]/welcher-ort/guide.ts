import { withQuery } from '$lib/directory-href';
import type { Hub } from '$lib/hubs';
import type { DirectoryParams } from '$lib/types';

/**
 * The guide "Welcher Ort passt zu mir?": one question a page, each answer a parameter of the URL
 * under the directory's own name where it has one, so that the answers are nowhere but in the
 * visitor's address bar. `schritt` is the question shown; the step after the last is the result.
 */
export const QUESTIONS = ['absicht', 'phase', 'von', 'minuten', 'region'] as const;
export type Question = (typeof QUESTIONS)[number];

export const RESULT_STEP = QUESTIONS.length + 1;

/** What the visitor may want to do. */
export const INTENTS = ['wohnen', 'arbeiten', 'besuchen', 'mitmachen'] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * The directory's theme that says what each intent looks for (the seed's slugs); starting
 * something or joining in is a matter of stage, not of theme.
 */
export const INTENT_THEMES: Record<Intent, string> = {
  wohnen: 'wohnen-bauen',
  arbeiten: 'arbeiten-wirtschaft',
  besuchen: 'leben-tourismus',
  mitmachen: '',
};

/** The stages offered, ready to use first; an empty answer is "no preference". */
export const STAGES = ['active', 'under_development', 'planned', 'idea'] as const;

export type Answers = {
  intent: Intent | '';
  stage: string;
  from: Hub | '';
  minutes: number | null;
  region: string;
};

export const NO_ANSWERS: Answers = { intent: '', stage: '', from: '', minutes: null, region: '' };

/** The answers as URL parameters, in the order of the questions; unanswered ones are left out. */
const answerEntries = (answers: Answers): [Question, string][] => [
  ['absicht', answers.intent],
  ['phase', answers.stage],
  ['von', answers.from],
  ['minuten', answers.minutes === null ? '' : String(answers.minutes)],
  ['region', answers.region],
];

/** How far is asked only from a city: "from anywhere" has no journey to cap. */
const isAsked = (question: Question, answers: Answers) => question !== 'minuten' || answers.from !== '';

/** The step a request for `step` shows: a question that is not asked passes on to the next. */
export const askedStep = (step: number, answers: Answers) => {
  let next = step;
  while (next < RESULT_STEP && !isAsked(QUESTIONS[next - 1], answers)) next += 1;
  return next;
};

/** The question before `step` that was asked, or null on the first. */
export const previousStep = (step: number, answers: Answers) => {
  for (let before = step - 1; before >= 1; before -= 1) if (isAsked(QUESTIONS[before - 1], answers)) return before;
  return null;
};

/** Only the answers given before `step` count: later ones may be kept from going back, but are not yet chosen again. */
export const answersBefore = (answers: Answers, step: number): Answers => {
  const given = new Set(QUESTIONS.slice(0, step - 1));
  return {
    intent: given.has('absicht') ? answers.intent : '',
    stage: given.has('phase') ? answers.stage : '',
    from: given.has('von') ? answers.from : '',
    minutes: given.has('minuten') && answers.from ? answers.minutes : null,
    region: given.has('region') ? answers.region : '',
  };
};

/** The hidden fields of a question's form: every answer but its own, so that going back and forth keeps them. */
export const hiddenAnswers = (answers: Answers, question: Question) => answerEntries(answers).filter(([name, value]) => name !== question && value);

/** The address of a step with the answers so far. */
export const guideHref = (answers: Answers, step: number) => withQuery('/welcher-ort', [...answerEntries(answers), ['schritt', step > 1 ? step : undefined]]);

/**
 * The directory's filters for the answers. A theme counts only where the CMS has it, so that a
 * renamed or removed theme makes the guide less strict rather than empty.
 */
export const toDirectoryParams = (answers: Answers, knownThemes: string[]): DirectoryParams => {
  const theme = answers.intent ? INTENT_THEMES[answers.intent] : '';
  return {
    region: answers.region,
    theme: theme && knownThemes.includes(theme) ? theme : '',
    stage: answers.stage,
    network: '',
    q: '',
    from: answers.from,
    minutes: answers.from ? answers.minutes : null,
    page: 1,
  };
};
