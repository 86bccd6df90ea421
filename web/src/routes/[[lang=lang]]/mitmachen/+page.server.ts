import { error, fail, redirect } from '@sveltejs/kit';
import { localizePath } from '$lib/i18n/locale';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { clientAddressOf } from '$lib/server/client-address';
import { getProposalThemes } from '$lib/server/cms/submissions';
import { issueFillTimeToken } from '$lib/server/proposals/fill-time';
import { isTextField, maxLengths, proposalFields, stageIds, type FieldProblems, type ProposalField, type ProposalValues } from '$lib/server/proposals/schema';
import { automatedMessage, submitProposal, tokenField, trapField, type ProposalAttempt } from '$lib/server/proposals/submit';
import { messages, problemText, type ProposalMessages } from './messages';
import type { Actions, PageServerLoad } from './$types';

/** The query parameter of the thank-you view that a stored proposal is redirected to (post/redirect/get). */
const thanksParam = 'danke';

export const load = (async ({ locals: { locale }, url, setHeaders }) => {
  // Every form carries its own signed render time, so no shared cache may keep the page.
  setHeaders({ 'cache-control': 'private, no-store' });
  if (url.searchParams.has(thanksParam)) return { view: 'thanks' as const };
  return {
    view: 'form' as const,
    themes: await getProposalThemes(locale),
    stages: stageIds,
    maxLengths,
    token: issueFillTimeToken(),
    tokenField,
    trapField,
  };
}) satisfies PageServerLoad;

/** One sentence per refused field, in the order of the form. */
const describe = (t: ProposalMessages, problems: FieldProblems, values: ProposalValues) => {
  const errors: Partial<Record<ProposalField, string>> = {};
  for (const field of proposalFields) {
    const problem = problems[field];
    if (!problem) continue;
    const [length, max] = isTextField(field) ? [values[field].trim().length, maxLengths[field]] : [0, 0];
    errors[field] = problemText(t.problems, t.fields[field], problem, length, max);
  }
  return errors;
};

export const actions = {
  default: async ({ request, locals: { locale }, getClientAddress, setHeaders }) => {
    const t = messages[locale];
    const form = await readFormData(request);
    if (form === TOO_LARGE) error(413, t.refused.tooLarge);
    if (!form) error(400, t.refused.unreadable);
    const clientAddress = clientAddressOf(getClientAddress);
    if (!clientAddress) error(400, t.refused.noAddress);
    const attempt = await submitProposal({ form, clientAddress, locale });
    // Every refusal hands back all that was typed, so the visitor never types anything twice.
    const refuse = ({ values, token }: ProposalAttempt, status: number, message: string | null, errors: Partial<Record<ProposalField, string>> = {}) =>
      fail(status, { values, token, message, errors });

    const { outcome } = attempt;
    switch (outcome.kind) {
      case 'stored':
        redirect(303, `${localizePath('/mitmachen', locale)}?${thanksParam}`);
      case 'rate-limited':
        setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
        return refuse(attempt, 429, t.refused.rateLimited(Math.ceil(outcome.retryAfterSeconds / 60)));
      case 'trap':
      case 'too-fast':
      case 'token-invalid':
        return refuse(attempt, 400, automatedMessage(t.refused, outcome.kind));
      case 'unavailable':
        return refuse(attempt, 503, t.refused.unavailable);
      case 'invalid': {
        const errors = describe(t, outcome.problems, attempt.values);
        return refuse(attempt, 400, Object.keys(errors).length ? null : t.refused.rejected, errors);
      }
    }
  },
} satisfies Actions;
