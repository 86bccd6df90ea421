import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isPaged } from '../content-types';
import { pagePath } from './paths';

/** What the admin's preview pane asks for (Strapi's PreviewHandlerParams). */
type Target = { documentId: string; locale?: string | null; status?: string | null };

const siteUrl = () => (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '');
const ttlSeconds = () => Number(process.env.PREVIEW_TTL_MINUTES || 60) * 60;

/**
 * A link to one page that the site accepts as a preview until it expires:
 * `base64url({"path","exp"}).HMAC-SHA256(PREVIEW_SECRET)`, checked by web/src/lib/server/preview.ts.
 * Binding it to the path means a leaked link shows one draft for an hour, not all of them.
 */
export const signPreview = (path: string, secret: string, now = Date.now()) => {
  const payload = Buffer.from(JSON.stringify({ path, exp: Math.floor(now / 1000) + ttlSeconds() })).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
};

/**
 * The URL the admin's preview pane opens: the draft through a signed link, or the live page
 * for the published tab. Types without a page of their own have no preview.
 */
export const previewUrl = async (strapi: Core.Strapi, uid: string, { documentId, locale, status }: Target) => {
  if (!isPaged(uid)) return null;
  const draft = status !== 'published';
  const entry = await strapi.documents(uid).findOne({
    documentId,
    ...(locale && { locale }),
    status: draft ? 'draft' : 'published',
    fields: ['slug'],
  });
  const slug = entry?.slug;
  if (!slug) return null;
  const path = pagePath(uid, slug, locale);
  if (!path) return null;
  const secret = process.env.PREVIEW_SECRET;
  if (!draft) return `${siteUrl()}${path}`;
  if (!secret) {
    strapi.log.warn('PREVIEW_SECRET is not set: the admin cannot preview drafts.');
    return null;
  }
  return `${siteUrl()}${path}?preview=${signPreview(path, secret)}`;
};
