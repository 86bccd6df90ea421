import { z } from 'zod';
import { log } from '../logging/log';
import { refusedFields, sendForm } from './submissions';

/** An answer to a notice as the CMS takes it (cms/src/notice-replies/reply.ts). */
export type NoticeReply = { noticeDocumentId: string; name: string; email: string; message: string; consent: true; visitor: string };

export type ReplyResult =
  | { kind: 'delivered' }
  /** Stored, and mailed as soon as the mail server takes it (202). */
  | { kind: 'queued' }
  | { kind: 'rejected'; fields: string[] }
  /** The notice is unknown, unpublished or expired (404). */
  | { kind: 'gone' }
  /** Its place takes no answers (409). */
  | { kind: 'closed' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' };

const statusBody = z.object({ data: z.object({ open: z.boolean() }) });
const limitBody = z.object({ error: z.object({ details: z.object({ retryAfterSeconds: z.number() }) }) });

/** Whether the notice's place takes answers: `open`, `closed` (no private address), `gone` (404), or `unavailable` (the CMS). */
export const getReplyStatus = async (noticeDocumentId: string, token: string | undefined) => {
  const answer = await sendForm(token, 'Notice answer status unknown', 'GET', `/api/notice-replies/${noticeDocumentId}`);
  if (!answer.reached) return 'unavailable';
  if (answer.status === 404) return 'gone';
  const parsed = statusBody.safeParse(answer.body);
  if (answer.status !== 200 || !parsed.success) {
    log.error('Notice answer status unknown', { status: answer.status });
    return 'unavailable';
  }
  return parsed.data.data.open ? 'open' : 'closed';
};

/** Sends a visitor's answer to the CMS, which queues and mails it; nothing of it is logged. */
export const sendNoticeReply = async (reply: NoticeReply, token: string | undefined): Promise<ReplyResult> => {
  const answer = await sendForm(token, 'Notice answer not sent', 'POST', '/api/notice-replies', reply);
  if (!answer.reached) return { kind: 'unavailable' };
  switch (answer.status) {
    case 201:
      return { kind: 'delivered' };
    case 202:
      return { kind: 'queued' };
    case 400: {
      const fields = refusedFields(answer.body);
      log.warn('Notice answer refused by the CMS', { status: 400, fields });
      return { kind: 'rejected', fields };
    }
    case 404:
      return { kind: 'gone' };
    case 409:
      return { kind: 'closed' };
    case 429: {
      const parsed = limitBody.safeParse(answer.body);
      return { kind: 'rate-limited', retryAfterSeconds: parsed.success ? parsed.data.error.details.retryAfterSeconds : Number(answer.headers.get('retry-after')) || 3600 };
    }
    default:
      log.error('Notice answer not sent', { status: answer.status });
      return { kind: 'unavailable' };
  }
};
