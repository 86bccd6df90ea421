import type { Core } from '@strapi/strapi';
import { ensureJobRuns } from '../jobs/claim';
import { backfillScores } from './recompute';

/** At boot, after the seed: the table the daily jobs claim their runs in, and a score for every place that has none. */
export const bootstrapProfileHealth = async (strapi: Core.Strapi) => {
  await ensureJobRuns(strapi);
  await backfillScores(strapi);
};
