import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { config } from './config';

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

const previewClaims = z.object({ path: z.string(), exp: z.number() });

/**
 * Whether `?preview=` carries a link the CMS signed for exactly this page and that has not
 * expired. The token is `base64url({"path","exp"}).signature`, an HMAC-SHA256 with
 * PREVIEW_SECRET (cms/src/site/preview-links.ts makes it).
 */
export const isValidPreview = (url: URL, now = Date.now()) => {
  const token = url.searchParams.get('preview');
  const { previewSecret } = config();
  if (!token || !previewSecret) return false;
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return false;
  const expected = Buffer.from(sign(payload, previewSecret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  try {
    const claims = previewClaims.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).data;
    return claims?.path === url.pathname && claims.exp * 1000 > now;
  } catch {
    return false;
  }
};
