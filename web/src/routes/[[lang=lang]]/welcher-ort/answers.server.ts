import { MINUTE_CHOICES, isHub } from '$lib/hubs';
import { pick } from '$lib/server/directory-params';
import { isSlug } from '$lib/server/slug';
import { INTENTS, RESULT_STEP, STAGES, type Answers, type Intent } from './guide';

const isIntent = (value: string): value is Intent => INTENTS.some((intent) => intent === value);
const isStage = (value: string) => STAGES.some((stage) => stage === value);
const isMinutes = (value: string) => MINUTE_CHOICES.some((minutes) => String(minutes) === value);

/**
 * The guide's step and answers from its URL. An answer the guide does not offer, or a step
 * outside 1 to the result, is an InvalidParamError naming the parameter (a 400); an answer left
 * out is "no preference". Whether a region exists only the CMS knows: see `assertKnownOptions`.
 */
export const parseGuideParams = (params: URLSearchParams): { step: number; answers: Answers } => {
  const step = pick(params, 'schritt', (v) => new RegExp(`^[1-${RESULT_STEP}]$`).test(v));
  const intent = pick(params, 'absicht', isIntent);
  const from = pick(params, 'von', isHub);
  const minutes = pick(params, 'minuten', isMinutes);
  return {
    step: step ? Number(step) : 1,
    answers: {
      intent: isIntent(intent) ? intent : '',
      stage: pick(params, 'phase', isStage),
      from: isHub(from) ? from : '',
      minutes: minutes ? Number(minutes) : null,
      region: pick(params, 'region', isSlug),
    },
  };
};
