import type { Core } from '@strapi/strapi';
import { SUBMISSION } from '../content-types';
import { DAY_MS } from '../time';

const DEFAULT_DAYS = 30;

export const retentionDays = () => {
  const days = Number(process.env.SUBMISSION_RETENTION_DAYS || DEFAULT_DAYS);
  return Number.isInteger(days) && days >= 0 ? days : DEFAULT_DAYS;
};

/**
 * DSGVO: a rejected proposal is only kept while the rejection may still be questioned, then it
 * is deleted with all the personal data in it. The clock starts when its status last changed.
 * Returns how many were deleted.
 */
export const purgeRejectedSubmissions = async (strapi: Core.Strapi, now = new Date()) => {
  const days = retentionDays();
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const expired: { documentId: string }[] = await strapi.db.query(SUBMISSION).findMany({
    where: {
      reviewStatus: 'rejected',
      $or: [{ statusChangedAt: { $lt: cutoff } }, { statusChangedAt: null, updatedAt: { $lt: cutoff } }],
    },
    select: ['documentId'],
  });
  for (const { documentId } of expired) {
    await strapi.documents(SUBMISSION).delete({ documentId });
  }
  if (expired.length) strapi.log.info(`[submissions] deleted ${expired.length} proposals rejected more than ${days} days ago`);
  return expired.length;
};
