import type { Core } from '@strapi/strapi';
import { NOTICE } from '../content-types';
import { addDays, berlinDay } from '../time';

/** At boot, the notices that lapsed in this many days before are announced again: those a stopped process missed. */
export const BOOT_WINDOW_DAYS = 7;

/**
 * Tells the website and this process's GraphQL answer cache that notices have lapsed: those whose
 * last day (Europe/Berlin) was one of the `days` days before `now`. To the public API a lapsed
 * notice is as good as unpublished (documents/notice-expiry.ts hides it), so each is announced as
 * Strapi announces an unpublish, on its event hub: the website's webhook then carries the eviction
 * `purge: [documentId]` (site/eviction.ts via strapi-patches/private-webhooks.ts), partners'
 * webhooks hear `entry.unpublish`, and the answer cache empties itself (graphql/answer-cache.ts).
 * Announcing one twice purges nothing more, so overlapping windows are harmless.
 */
export const announceLapsedNotices = async (strapi: Core.Strapi, { now = new Date(), days = 1 } = {}) => {
  const today = berlinDay(now);
  const lapsed: { documentId: string; locale: string }[] = await strapi.db.query(NOTICE).findMany({
    where: { publishedAt: { $notNull: true }, expiresOn: { $gte: addDays(today, -days), $lt: today } },
    select: ['documentId', 'locale'],
  });
  const documentIds = [...new Set(lapsed.map(({ documentId }) => documentId))];
  for (const documentId of documentIds) {
    const entry = lapsed.find((notice) => notice.documentId === documentId);
    await strapi.eventHub.emit('entry.unpublish', { model: 'notice', uid: NOTICE, entry });
  }
  if (documentIds.length) strapi.log.info(`[notices] ${documentIds.length} lapsed since ${addDays(today, -days)}: announced to the website`);
  return documentIds;
};
