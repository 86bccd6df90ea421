import { createHmac, timingSafeEqual } from 'node:crypto';
import { config } from './config';

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

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
    const { path, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { path?: unknown; exp?: unknown };
    return path === url.pathname && typeof exp === 'number' && exp * 1000 > now;
  } catch {
    return false;
  }
};
