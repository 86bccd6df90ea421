import type { Core } from '@strapi/strapi';
import { CHANGE_REQUEST, EDIT_LINK } from '../content-types';
import { editLinkConfig } from '../edit-links/config';
import { releaseFiles } from './held-files';
import { DAY_MS } from '../time';

/**
 * DSGVO: change requests, with the images waiting in them, are deleted
 * CHANGE_REQUEST_RETENTION_DAYS after they arrived, whatever their status, as the privacy policy
 * says; links that ended that long ago go too. Returns how many requests were deleted.
 */
export const purgeChangeRequests = async (strapi: Core.Strapi, now = new Date()) => {
  const days = editLinkConfig().retentionDays;
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const expired: { documentId: string; images: unknown }[] = await strapi.db
    .query(CHANGE_REQUEST)
    .findMany({ where: { createdAt: { $lt: cutoff } }, select: ['documentId', 'images'] });
  for (const { documentId, images } of expired) {
    const files = Array.isArray(images) ? images.flatMap((image) => (typeof image?.file === 'string' ? [image.file] : [])) : [];
    await releaseFiles(strapi, files);
    await strapi.db.query(CHANGE_REQUEST).delete({ where: { documentId } });
  }
  await strapi.db.query(EDIT_LINK).deleteMany({ where: { $or: [{ expiresAt: { $lt: cutoff } }, { revokedAt: { $lt: cutoff } }] } });
  if (expired.length) strapi.log.info(`[change-requests] deleted ${expired.length} change requests older than ${days} days`);
  return expired.length;
};
