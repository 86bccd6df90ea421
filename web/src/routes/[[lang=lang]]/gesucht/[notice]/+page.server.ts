import { error, fail, redirect } from '@sveltejs/kit';
import { noticeHref, noticeKindLabel } from '$lib/board';
import { messages as siteMessages } from '$lib/i18n/messages';
import { localizePath, type Locale } from '$lib/i18n/locale';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { clientAddressOf } from '$lib/server/client-address';
import { getNotice, isDocumentId } from '$lib/server/cms/notice-page';
import { getReplyStatus } from '$lib/server/cms/notice-replies';
import { issueFillTimeToken } from '$lib/server/proposals/fill-time';
import { proposalConfig } from '$lib/server/proposals/config';
import { automatedMessage, tokenField, trapField } from '$lib/server/proposals/submit';
import { replyFields, replyMaxLengths, submitReply, type ReplyAttempt, type ReplyField, type ReplyProblems, type ReplyValues } from '$lib/server/notice-replies/submit';
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
    const form = await readFormData(request);
    if (form === TOO_LARGE) error(413, t.refused.tooLarge);
    if (!form) error(400, t.refused.unreadable);
    const clientAddress = clientAddressOf(getClientAddress);
    if (!clientAddress) error(400, t.refused.noAddress);
    if (!isDocumentId(params.notice)) error(404, siteMessages[locale].notFound.notice);

    const attempt = await submitReply({ form, noticeDocumentId: params.notice, clientAddress });
    // Every refusal hands back all that was typed, so the visitor never types anything twice.
    const refuse = ({ values, token }: ReplyAttempt, status: number, message: string | null, errors: Partial<Record<ReplyField, string>> = {}) =>
      fail(status, { values, token, message, errors });
    const here = localizePath(noticeHref(params.notice), locale);

    const { outcome } = attempt;
    switch (outcome.kind) {
      case 'delivered':
      case 'queued':
        redirect(303, `${here}?${SENT[outcome.kind]}`);
      case 'gone':
        error(404, siteMessages[locale].notFound.notice);
      case 'closed':
        return refuse(attempt, 409, t.refused.closed);
      case 'rate-limited':
        setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
        return refuse(attempt, 429, t.refused.rateLimited);
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
