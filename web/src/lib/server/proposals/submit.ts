import { isHttpError } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { createSubmission, getProposalThemes } from '../cms/submissions';
import { proposalConfig } from './config';
import { checkFillTimeToken, issueFillTimeToken } from './fill-time';
import { clientKey, proposalRateLimiter } from './rate-limit';
import { proposalFields, readProposalValues, validateProposal, type FieldProblems, type ProposalValues } from './schema';

/** Hidden field names: the honeypot (a tempting name bots fill in) and the signed render time. */
export const trapField = 'homepage';
export const tokenField = 'formStarted';

/** Why a form counts as sent by a machine: the honeypot filled in, the render time missing, forged or too old, or the form sent too fast. */
export type Automated = 'trap' | 'token-invalid' | 'too-fast';

/**
 * The checks every visitor form of the site makes before it looks at the values: the render
 * time to send with the form again (the original one while it is valid, so that its fill time
 * keeps counting), and why the form counts as automated, if it does.
 */
export const guardForm = (form: FormData, now: number): { token: string; automated: Automated | null } => {
  const sentToken = form.get(tokenField);
  const check = typeof sentToken === 'string' ? checkFillTimeToken(sentToken, now) : 'invalid';
  const token = typeof sentToken === 'string' && check !== 'invalid' ? sentToken : issueFillTimeToken(now);
  if (form.get(trapField) !== '') return { token, automated: 'trap' };
  return { token, automated: check === 'ok' ? null : check === 'invalid' ? 'token-invalid' : 'too-fast' };
};

export type ProposalOutcome =
  | { kind: 'stored' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: Automated }
  | { kind: 'invalid'; problems: FieldProblems }
  | { kind: 'unavailable' };

export type ProposalAttempt = {
  outcome: ProposalOutcome;
  values: ProposalValues;
  /** The render time to send with the form again: the original one while it is valid, so that its fill time keeps counting. */
  token: string;
};

/** The themes' slugs, or null when the CMS cannot be asked and nothing is cached. */
const themeSlugs = async (locale: Locale) => {
  try {
    return (await getProposalThemes(locale)).map((theme) => theme.slug);
  } catch (failure) {
    if (isHttpError(failure, 503)) return null;
    throw failure;
  }
};

/**
 * Handles one submitted proposal form, in this order: the per-address limit, the honeypot, the
 * fill time, the rules, then the CMS. Attempts refused as automated count towards the limit;
 * attempts with typing mistakes, and those the CMS could not store, are given back, so that a
 * person correcting the form or retrying later is not locked out.
 */
export const submitProposal = async ({
  form,
  clientAddress,
  locale,
  now = Date.now(),
}: {
  form: FormData;
  clientAddress: string;
  locale: Locale;
  now?: number;
}): Promise<ProposalAttempt> => {
  const values = readProposalValues(form);
  const { token, automated } = guardForm(form, now);
  const answer = (outcome: ProposalOutcome): ProposalAttempt => ({ outcome, values, token });

  const { rateLimit, rateWindowMs, submissionToken } = proposalConfig();
  const attempt = proposalRateLimiter.take(clientKey(clientAddress), { limit: rateLimit, windowMs: rateWindowMs }, now);
  if (!attempt.allowed) return answer({ kind: 'rate-limited', retryAfterSeconds: attempt.retryAfterSeconds });

  if (automated) return answer({ kind: automated });

  // Typing mistakes are shown even while the CMS is down, so they can be fixed before sending again.
  const slugs = await themeSlugs(locale);
  const validation = validateProposal(values, slugs);
  if (!validation.success) {
    attempt.release();
    return answer({ kind: 'invalid', problems: validation.problems });
  }
  if (!slugs) {
    attempt.release();
    return answer({ kind: 'unavailable' });
  }

  const result = await createSubmission(validation.proposal, submissionToken);
  if (result.stored) return answer({ kind: 'stored' });
  attempt.release();
  if (result.reason === 'unavailable') return answer({ kind: 'unavailable' });
  // The CMS's rules should match ours; where they do not, point at the fields it names.
  const problems: FieldProblems = {};
  for (const field of proposalFields) if (result.fields.includes(field)) problems[field] = 'rejected';
  return answer({ kind: 'invalid', problems });
};
