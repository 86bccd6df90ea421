import type { Core } from '@strapi/strapi';
import { reviewPolicies } from '../change-requests/permissions';
import { PLACE } from '../content-types';
import { addAdminRoutes } from '../http/admin-routes';
import { placeTrend, reachReport } from './report';
import { REACH_PERIODS, type ReachPeriod } from './report-types';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Whoever may read places in the admin may read the counts: they hold nothing personal. */
const READERS = ['plugin::content-manager.explorer.read', PLACE];

/** `days` of the query, one of REACH_PERIODS (30 when absent); undefined after a 400 naming it. */
const daysOf = (ctx: Context, fallback: ReachPeriod): ReachPeriod | undefined => {
  const raw = ctx.query.days;
  if (raw === undefined) return fallback;
  const days = REACH_PERIODS.find((period) => String(period) === raw);
  if (days === undefined) ctx.badRequest(`days muss ${REACH_PERIODS.join(', ')} sein.`, { errors: [{ path: ['days'], message: `must be one of ${REACH_PERIODS.join(', ')}` }] });
  return days;
};

/** The admin's "Reichweite" page and the place's panel read the daily counts here, and only here. */
export const registerReachRoutes = (strapi: Core.Strapi) => {
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/kreativorte/reach',
      handler: async (ctx) => {
        const days = daysOf(ctx, 30);
        if (days === undefined) return;
        ctx.body = { data: await reachReport(strapi, days) };
      },
      config: { policies: reviewPolicies(READERS) },
    },
    {
      method: 'GET',
      path: '/kreativorte/reach/places/:documentId',
      handler: async (ctx) => {
        const days = daysOf(ctx, 30);
        if (days === undefined) return;
        const trend = await placeTrend(strapi, String(ctx.params.documentId), days);
        if (!trend) return ctx.notFound('Diesen Kreativort gibt es nicht (mehr).');
        ctx.body = { data: trend };
      },
      config: { policies: reviewPolicies(READERS) },
    },
  ]);
};
