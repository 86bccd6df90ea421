import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * The two secrets of an edit link, both `<payload>.<signature>` in base64url: the link's token,
 * mailed to the place, and the session the site keeps in a cookie instead. Each is signed with
 * EDIT_LINK_SECRET under its own purpose, so that one can never pass for the other.
 */
type Purpose = 'link' | 'session';

const claims = z.object({ link: z.string().min(1).max(64), exp: z.number().int(), nonce: z.string().optional() });
type Claims = z.infer<typeof claims>;

const signature = (secret: string, purpose: Purpose, payload: string) =>
  createHmac('sha256', secret).update(`${purpose}\n${payload}`).digest('base64url');

export const sign = (secret: string, purpose: Purpose, { link, exp }: { link: string; exp: Date }) => {
  const payload = Buffer.from(
    JSON.stringify({ link, exp: Math.floor(exp.getTime() / 1000), ...(purpose === 'link' && { nonce: randomBytes(16).toString('base64url') }) }),
  ).toString('base64url');
  return `${payload}.${signature(secret, purpose, payload)}`;
};

/** The claims of a genuine token of this purpose (expired or not), or null for anything else. */
export const verify = (secret: string, purpose: Purpose, token: string): Claims | null => {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length > 0 || token.length > 512) return null;
  const expected = Buffer.from(signature(secret, purpose, payload));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = claims.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export const isExpired = (claimed: Claims, now = new Date()) => claimed.exp * 1000 <= now.getTime();

/** What the database keeps of a link's token: enough to recognise it, never to send it again. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
