import type { Core } from '@strapi/strapi';
import { addDays, berlinDay } from '../time';
import { reachTable } from './store';

const DEFAULT_DAYS = 730;

/** How long daily counts are kept (REACH_RETENTION_DAYS, 2 years by default; the privacy policy names it). */
export const reachRetentionDays = () => {
  const days = Number(process.env.REACH_RETENTION_DAYS || DEFAULT_DAYS);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_DAYS;
};

/** Deletes the counts of days older than the retention period; returns how many rows went. */
export const purgeOldReachCounts = async (strapi: Core.Strapi, now = new Date()) => {
  const days = reachRetentionDays();
  const oldest = addDays(berlinDay(now), -days);
  const deleted = await strapi.db.connection(reachTable(strapi)).where('day', '<', oldest).delete();
  if (deleted) strapi.log.info(`[reach] deleted ${deleted} daily counts before ${oldest}`);
  return deleted;
};
