import { z } from 'zod';
import { text } from '../change-requests/profile';

/** Control characters other than tab and line breaks: in a name they could only serve to forge mail headers. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\r\n]/;

export const MESSAGE_MAX = 2000;

/**
 * An answer to a notice as the site's form sends it. The email address must be one bare address
 * (no name, no list, no angle brackets) and the name one line, so that neither can add a recipient
 * or a header; the message is plain text, its line breaks normalised.
 */
export const replySchema = z
  .object({
    noticeDocumentId: z.string().regex(/^[a-z0-9]{1,64}$/),
    name: text(120)
      .pipe(z.string().min(1))
      .refine((value) => !CONTROL.test(value) && !LINE_BREAK.test(value), { params: { code: 'invalid' } }),
    email: z.email().max(254),
    message: text(MESSAGE_MAX)
      .pipe(z.string().min(1))
      .refine((value) => !CONTROL.test(value), { params: { code: 'invalid' } })
      .transform((value) => value.replace(/\r\n?/g, '\n')),
    consent: z.literal(true),
    /** The visitor's client address as the site counts it (an IPv4 address or an IPv6 /64): kept in memory for the limits only. */
    visitor: z.string().min(1).max(64),
  })
  .strict();

export type Reply = z.output<typeof replySchema>;
