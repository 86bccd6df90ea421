import { error, redirect } from '@sveltejs/kit';
import { noticeHref, noticeKindLabel } from '$lib/board';
import { messages as siteMessages } from '$lib/i18n/messages';
import { localizePath, type Locale } from '$lib/i18n/locale';
import { getNotice, isDocumentId } from '$lib/server/cms/notice-page';
import { getReplyStatus } from '$lib/server/cms/notice-replies';
import { issueFillTimeToken } from '$lib/server/proposals/fill-time';
import { proposalConfig } from '$lib/server/proposals/config';
import { readVisitorForm, refuse, refuseShared } from '$lib/server/proposals/refusal';
import { tokenField, trapField } from '$lib/server/proposals/submit';
import { replyFields, replyMaxLengths, submitReply, type ReplyField, type ReplyProblems, type ReplyValues } from '$lib/server/notice-replies/submit';
import { problemText } from '../../mitmachen/messages';
import { messages, type ReplyMessages } from './messages';
import type { Actions, PageServerLoad } from './$types';

/** The thank-you views a sent answer is redirected to (post/redirect/get): delivered, or queued for delivery. */
const SENT = { delivered: 'gesendet', queued: 'wird-zugestellt' } as const;

const sentView = (url: URL): keyof typeof SENT | null => (url.searchParams.has(SENT.delivered) ? 'delivered' : url.searchParams.has(SENT.queued) ? 'queued' : null);

/** The notice, or the 404 for an unknown, unpublished or expired one. */
const noticeOf = async (documentId: string, locale: Locale) => {
  const found = isDocumentId(documentId) ? await getNotice(documentId, new Date(), locale) : null;
  if (!found) error(404, siteMessages[locale].notFound.notice);
  return found;
};

export const load = (async ({ params, locals: { locale }, url, setHeaders }) => {
  // The form carries its own signed render time, so no shared cache may keep the page.
  setHeaders({ 'cache-control': 'private, no-store' });
  const { notice, contentLocale } = await noticeOf(params.notice, locale);
  const m = siteMessages[locale];
  const kind = noticeKindLabel(m, notice.direction, notice.kind);
  const sent = sentView(url);
  const replies = sent ? null : await getReplyStatus(notice.documentId, proposalConfig().submissionToken);
  if (replies === 'gone') error(404, m.notFound.notice);
  return { notice, kind, contentLocale, sent, replies, maxLengths: replyMaxLengths, token: issueFillTimeToken(), tokenField, trapField };
}) satisfies PageServerLoad;

/** One sentence per refused field, in the order of the form. */
const describe = (t: ReplyMessages, problems: ReplyProblems, values: ReplyValues) => {
  const errors: Partial<Record<ReplyField, string>> = {};
  for (const field of replyFields) {
    const problem = problems[field];
    if (!problem) continue;
    const [length, max] = field === 'consent' ? [0, 0] : [values[field].trim().length, replyMaxLengths[field]];
    errors[field] = problemText(t.problems, t.fields[field], problem, length, max);
  }
  return errors;
};

export const actions = {
  // The site's hook makes every answer to a POST private, no-store.
  default: async ({ request, params, locals: { locale }, getClientAddress, setHeaders }) => {
    const t = messages[locale];
    const { form, clientAddress } = await readVisitorForm(request, getClientAddress, t.refused);
    if (!isDocumentId(params.notice)) error(404, siteMessages[locale].notFound.notice);

    const attempt = await submitReply({ form, noticeDocumentId: params.notice, clientAddress });
    const { outcome } = attempt;
    switch (outcome.kind) {
      case 'delivered':
      case 'queued':
        redirect(303, `${localizePath(noticeHref(params.notice), locale)}?${SENT[outcome.kind]}`);
      case 'gone':
        error(404, siteMessages[locale].notFound.notice);
      case 'closed':
        return refuse(attempt, 409, t.refused.closed);
      default:
        return refuseShared<ReplyValues, ReplyField, ReplyProblems>(attempt, outcome, {
          refused: t.refused,
          rateLimited: () => t.refused.rateLimited,
          describe: (problems, values) => describe(t, problems, values),
          setHeaders,
        });
    }
  },
} satisfies Actions;
