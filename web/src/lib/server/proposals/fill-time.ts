import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { proposalConfig } from './config';

/**
 * The form carries the time it was rendered, signed with a server key, so that a submission
 * sent faster than a person can fill the form in is recognised without storing anything.
 */

/** Older tokens are refused, so that one harvested token cannot be replayed for ever. */
export const maxTokenAgeMs = 24 * 60 * 60 * 1000;

export type FillTimeCheck = 'ok' | 'too-fast' | 'invalid';

const signature = (key: string | Buffer, issuedAt: number) =>
  createHmac('sha256', key).update(`proposal-form:${issuedAt}`).digest('base64url');

/** `<milliseconds since 1970>.<HMAC-SHA256 of it>` */
export const signFillTime = (key: string | Buffer, issuedAt: number) => `${issuedAt}.${signature(key, issuedAt)}`;

export const checkFillTime = (
  key: string | Buffer,
  token: string,
  { now, minFillMs, maxAgeMs = maxTokenAgeMs }: { now: number; minFillMs: number; maxAgeMs?: number },
): FillTimeCheck => {
  const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(signature(key, issuedAt));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt > maxAgeMs) return 'invalid';
  // A token from a little in the future (clocks of replicas sharing FORM_SECRET differ) is young, not forged.
  return now - issuedAt < minFillMs ? 'too-fast' : 'ok';
};

let processKey: Buffer | undefined;

/**
 * FORM_SECRET when set. Without it each process draws a random key on first use: tokens then
 * stop being valid when the process restarts, and replicas behind one load balancer must share
 * FORM_SECRET, because each would refuse the others' tokens.
 */
const key = () => proposalConfig().formSecret ?? (processKey ??= randomBytes(32));

export const issueFillTimeToken = (now = Date.now()) => signFillTime(key(), now);

export const checkFillTimeToken = (token: string, now = Date.now()) =>
  checkFillTime(key(), token, { now, minFillMs: proposalConfig().minFillMs });
