import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../http/admin-routes';
import { translationOverview } from './overview';

const OVERVIEW_PATH = '/kreativorte/translation-status';

/**
 * The admin's "Übersetzungsstand" page reads this. Like the proposals' conversion route it
 * joins the admin API, so it takes the admin's session; any admin may call it, and the answer
 * holds only the types and entries that admin may read in the content manager.
 */
export const registerTranslationOverviewRoute = (strapi: Core.Strapi) => {
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: OVERVIEW_PATH,
      handler: async (ctx) => {
        ctx.body = { data: await translationOverview(strapi, ctx.state.userAbility) };
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ]);
};
