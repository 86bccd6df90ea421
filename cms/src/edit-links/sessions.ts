import type { Core } from '@strapi/strapi';
import { upcomingEvents } from '../change-requests/event';
import { placeNotices } from '../change-requests/notice';
import { openChangeRequests } from '../change-requests/review';
import { IMAGES_MAX, profileOf } from '../change-requests/profile';
import { SESSION_HEADER, refuseAccess } from '../change-requests/intake';
import { isRecord } from '../is-record';
import { storedScore } from '../profile-health/recompute';
import { profileViews } from '../reach/report';
import { access, germanPlace, openSession } from './links';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** POST /api/edit-sessions: the site exchanges a link's token for a session, once per visit. */
export const exchangeToken = async (strapi: Core.Strapi, ctx: Context) => {
  const body: unknown = ctx.request.body;
  const token = isRecord(body) ? body.token : undefined;
  if (typeof token !== 'string') return ctx.badRequest('token fehlt.');
  const granted = await access(strapi, 'link', token);
  if (!granted.ok) return refuseAccess(ctx, granted.reason);
  const { session, expiresAt } = openSession(granted.link);
  ctx.status = 201;
  ctx.body = { data: { session, expiresAt, place: { slug: granted.place.slug, name: granted.place.name } } };
};

type Image = { media?: { url?: string } | null; alt?: string | null; credit?: string | null; licence?: string | null };

/** GET /api/edit-sessions/current: what the edit form shows, the place's published German profile, its upcoming events' drafts and its notices' drafts. */
export const currentSession = async (strapi: Core.Strapi, ctx: Context) => {
  const granted = await access(strapi, 'session', ctx.get(SESSION_HEADER));
  if (!granted.ok) return refuseAccess(ctx, granted.reason);
  const { link, place } = granted;
  const published = await germanPlace(strapi, place.documentId, 'published');
  const publicUrl = (strapi.config.get<string>('server.url') || '').replace(/\/$/, '');
  const image = (role: 'cover' | 'gallery') => (item: Image) =>
    item.media?.url
      ? [{ url: item.media.url.startsWith('/') ? `${publicUrl}${item.media.url}` : item.media.url, alt: item.alt ?? '', credit: item.credit ?? '', licence: item.licence ?? '', role }]
      : [];
  ctx.body = {
    data: {
      expiresAt: granted.ends,
      linkExpiresAt: link.expiresAt,
      place: { slug: place.slug, name: place.name },
      profile: profileOf(isRecord(published) ? published : null),
      images: [...(published?.cover ? image('cover')(published.cover) : []), ...(published?.gallery ?? []).flatMap(image('gallery'))],
      events: await upcomingEvents(strapi, place.documentId),
      notices: await placeNotices(strapi, place.documentId),
      pending: await openChangeRequests(strapi, place.documentId, link.documentId),
      // Private like the place's address: this session's own people see how complete their profile is.
      completeness: await storedScore(strapi, place.documentId),
      // Counts only (reach/): how often the profile was read lately, for the people who keep it.
      views: await profileViews(strapi, place.documentId),
      limits: {
        maxImages: IMAGES_MAX,
        maxImageMegabytes: strapi.config.get<number>('plugin::upload.sizeLimit') / 1024 / 1024,
      },
    },
  };
};
