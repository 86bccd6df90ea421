import { z } from 'zod';
import { sendNoticeReply } from '../cms/notice-replies';
import { proposalConfig } from '../proposals/config';
import { clientKey } from '../proposals/rate-limit';
import { firstProblems, formText, plainText, type FieldProblem } from '../proposals/schema';
import { guardForm, type Automated } from '../proposals/submit';

/** The answer form's fields, in the order the form and its error summary show them. */
export const replyFields = ['name', 'email', 'message', 'consent'] as const;
export type ReplyField = (typeof replyFields)[number];
export type ReplyTextField = Exclude<ReplyField, 'consent'>;

/** The CMS's limits (cms/src/notice-replies/reply.ts). */
export const replyMaxLengths: Record<ReplyTextField, number> = { name: 120, email: 254, message: 2000 };

export type ReplyValues = Record<ReplyTextField, string> & { consent: boolean };
export type ReplyProblems = Partial<Record<ReplyField, FieldProblem>>;

const replySchema = z.object({
  name: plainText(replyMaxLengths.name, { required: true }),
  email: plainText(replyMaxLengths.email, { required: true }).pipe(z.email({ error: 'invalidEmail' })),
  message: plainText(replyMaxLengths.message, { required: true }),
  consent: z.literal(true, { error: 'consentMissing' }),
});

export const readReplyValues = (form: FormData): ReplyValues => ({
  name: formText(form, 'name'),
  email: formText(form, 'email'),
  message: formText(form, 'message'),
  consent: form.get('consent') === 'yes',
});

export type ReplyOutcome =
  | { kind: 'delivered' }
  | { kind: 'queued' }
  | { kind: Automated }
  | { kind: 'invalid'; problems: ReplyProblems }
  | { kind: 'gone' }
  | { kind: 'closed' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' };

export type ReplyAttempt = { outcome: ReplyOutcome; values: ReplyValues; token: string };

/**
 * Handles one submitted answer form: the honeypot and the fill time (as on /mitmachen), the
 * rules, then the CMS, which limits per visitor, email address and place, queues and mails it.
 */
export const submitReply = async ({ form, noticeDocumentId, clientAddress, now = Date.now() }: { form: FormData; noticeDocumentId: string; clientAddress: string; now?: number }): Promise<ReplyAttempt> => {
  const values = readReplyValues(form);
  const { token, automated } = guardForm(form, now);
  const answer = (outcome: ReplyOutcome): ReplyAttempt => ({ outcome, values, token });
  if (automated) return answer({ kind: automated });

  const parsed = replySchema.safeParse(values);
  if (!parsed.success) return answer({ kind: 'invalid', problems: firstProblems(replyFields, parsed.error.issues) });

  const result = await sendNoticeReply({ noticeDocumentId, ...parsed.data, visitor: clientKey(clientAddress) }, proposalConfig().submissionToken);
  if (result.kind !== 'rejected') return answer(result);
  // The CMS's rules should match ours; where they do not, point at the fields it names.
  const problems: ReplyProblems = {};
  for (const field of replyFields) if (result.fields.includes(field)) problems[field] = 'rejected';
  return answer({ kind: 'invalid', problems });
};
