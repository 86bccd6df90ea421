import { redirect } from '@sveltejs/kit';
import { localizePath } from '$lib/i18n/locale';
import { getProposalThemes } from '$lib/server/cms/submissions';
import { issueFillTimeToken } from '$lib/server/proposals/fill-time';
import { isTextField, maxLengths, proposalFields, stageIds, type FieldProblems, type ProposalField, type ProposalValues } from '$lib/server/proposals/schema';
import { readVisitorForm, refuseShared } from '$lib/server/proposals/refusal';
import { submitProposal, tokenField, trapField } from '$lib/server/proposals/submit';
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
    const { form, clientAddress } = await readVisitorForm(request, getClientAddress, t.refused);
    const attempt = await submitProposal({ form, clientAddress, locale });
    const { outcome } = attempt;
    if (outcome.kind === 'stored') redirect(303, `${localizePath('/mitmachen', locale)}?${thanksParam}`);
    return refuseShared<ProposalValues, ProposalField, FieldProblems>(attempt, outcome, {
      refused: t.refused,
      rateLimited: (seconds) => t.refused.rateLimited(Math.ceil(seconds / 60)),
      describe: (problems, values) => describe(t, problems, values),
      setHeaders,
    });
  },
} satisfies Actions;
