import type { Core } from '@strapi/strapi';
import { EDIT_LINK, PLACE } from '../content-types';
import { PROFILE_POPULATE, profileOf } from '../change-requests/profile';
import { editLinkConfig } from './config';
import { isExpired, sign, tokenHash, verify } from './tokens';

const DAY_MS = 24 * 60 * 60 * 1000;

export type StoredLink = {
  id: number;
  documentId: string;
  placeDocumentId: string;
  tokenHash: string;
  expiresAt: string;
  revokedAt: string | null;
  baseline: unknown;
  createdAt: string;
};

/** Why a link or session is refused: `invalid` covers forged, unknown and sample places alike, so it tells an attacker nothing. */
export type Refusal = 'invalid' | 'expired' | 'revoked';
type PlaceRef = { documentId: string; slug: string; name: string };
/** `ends`: when the token or session runs out, at the latest when its link does. */
export type Access = { ok: true; link: StoredLink; place: PlaceRef; ends: Date } | { ok: false; reason: Refusal };

const links = (strapi: Core.Strapi) => strapi.db.query(EDIT_LINK);

/**
 * A place by its German versions: its name and slug as the site knows them (published if it is),
 * its private address as the editors last saved it (the draft), and a sample if either version is.
 */
export const placeRef = async (strapi: Core.Strapi, documentId: string): Promise<(PlaceRef & { isSample: boolean; privateEmail: string | null }) | null> => {
  const versions: { slug: string; name: string; isSample: boolean; privateEmail: string | null; publishedAt: string | null }[] = await strapi.db
    .query(PLACE)
    .findMany({ where: { documentId, locale: 'de' }, select: ['slug', 'name', 'isSample', 'privateEmail', 'publishedAt'] });
  const published = versions.find((version) => version.publishedAt);
  const draft = versions.find((version) => !version.publishedAt) ?? published;
  const shown = published ?? draft;
  if (!shown || !draft) return null;
  return { documentId, slug: shown.slug, name: shown.name, isSample: versions.some((version) => version.isSample), privateEmail: draft.privateEmail };
};

/** The place's German version, draft or published, with what the edit form shows. */
export const germanPlace = (strapi: Core.Strapi, placeDocumentId: string, status: 'draft' | 'published') =>
  strapi.documents(PLACE).findOne({ documentId: placeDocumentId, locale: 'de', status, populate: PROFILE_POPULATE });

/** The place's German draft in the edit form's shape: what conflicts are measured against. */
export const draftProfile = async (strapi: Core.Strapi, placeDocumentId: string) => profileOf(await germanPlace(strapi, placeDocumentId, 'draft'));

export const linkState = (link: Pick<StoredLink, 'expiresAt' | 'revokedAt'>, now = new Date()) =>
  link.revokedAt ? 'revoked' : new Date(link.expiresAt) <= now ? 'expired' : 'active';

/** A new link for the place, valid EDIT_LINK_DAYS, with the draft as it is now; the caller mails its token. */
export const createLink = async (strapi: Core.Strapi, placeDocumentId: string, now = new Date()) => {
  const { secret, linkDays } = editLinkConfig();
  if (!secret) throw new Error('EDIT_LINK_SECRET is not set');
  const expiresAt = new Date(now.getTime() + linkDays * DAY_MS);
  const baseline = await draftProfile(strapi, placeDocumentId);
  return strapi.db.transaction(async () => {
    const created: StoredLink = await links(strapi).create({ data: { placeDocumentId, tokenHash: '-', expiresAt, baseline } });
    const token = sign(secret, 'link', { link: created.documentId, exp: expiresAt });
    await links(strapi).update({ where: { id: created.id }, data: { tokenHash: tokenHash(token) } });
    return { documentId: created.documentId, expiresAt, token };
  });
};

export const deleteLink = (strapi: Core.Strapi, documentId: string) => links(strapi).delete({ where: { documentId } });

/** Ends the place's other active links: one link per place, the newest. */
export const revokeOtherLinks = (strapi: Core.Strapi, placeDocumentId: string, keep: string, now = new Date()) =>
  links(strapi).updateMany({ where: { placeDocumentId, documentId: { $ne: keep }, revokedAt: null }, data: { revokedAt: now } });

export const revokeLink = async (strapi: Core.Strapi, documentId: string, now = new Date()): Promise<StoredLink | null> => {
  const link: StoredLink | null = await links(strapi).findOne({ where: { documentId } });
  if (!link) return null;
  if (link.revokedAt) return link;
  return links(strapi).update({ where: { documentId }, data: { revokedAt: now } });
};

export const linksOf = async (strapi: Core.Strapi, placeDocumentId: string): Promise<StoredLink[]> =>
  links(strapi).findMany({ where: { placeDocumentId }, orderBy: { createdAt: 'desc' } });

/**
 * The link behind a link token or a session, if it may still be used: genuine, its link neither
 * revoked nor expired, its place there and no sample. A session ends with its link.
 */
export const access = async (strapi: Core.Strapi, purpose: 'link' | 'session', token: unknown, now = new Date()): Promise<Access> => {
  const { secret } = editLinkConfig();
  const claimed = secret && typeof token === 'string' ? verify(secret, purpose, token) : null;
  if (!claimed) return { ok: false, reason: 'invalid' };
  const link: StoredLink | null = await links(strapi).findOne({ where: { documentId: claimed.link } });
  if (!link || (purpose === 'link' && link.tokenHash !== tokenHash(String(token)))) return { ok: false, reason: 'invalid' };
  if (link.revokedAt) return { ok: false, reason: 'revoked' };
  if (isExpired(claimed, now) || linkState(link, now) === 'expired') return { ok: false, reason: 'expired' };
  const place = await placeRef(strapi, link.placeDocumentId);
  if (!place || place.isSample) return { ok: false, reason: 'invalid' };
  const ends = new Date(Math.min(claimed.exp * 1000, new Date(link.expiresAt).getTime()));
  return { ok: true, link, place: { documentId: place.documentId, slug: place.slug, name: place.name }, ends };
};

/** A session for the site's cookie: EDIT_SESSION_MINUTES long, never past its link. */
export const openSession = (link: StoredLink, now = new Date()) => {
  const { secret, sessionMinutes } = editLinkConfig();
  if (!secret) throw new Error('EDIT_LINK_SECRET is not set');
  const expiresAt = new Date(Math.min(now.getTime() + sessionMinutes * 60_000, new Date(link.expiresAt).getTime()));
  return { session: sign(secret, 'session', { link: link.documentId, exp: expiresAt }), expiresAt };
};
