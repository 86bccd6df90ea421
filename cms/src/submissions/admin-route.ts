import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../http/admin-routes';
import { convertSubmission } from './convert';
import { PLACE, SUBMISSION } from '../content-types';

const CONVERT_PATH = '/kreativorte/submissions/:documentId/convert';

/**
 * The admin's "In Kreativort umwandeln" button calls this. API routes are always content-API
 * routes in Strapi 5, so this one joins the admin API directly: it takes the admin's session,
 * and only someone who may create places and edit proposals (Redaktion, Super Admin) passes.
 */
export const registerConversionRoute = (strapi: Core.Strapi) => {
  addAdminRoutes(strapi, [
    {
      method: 'POST',
      path: CONVERT_PATH,
      handler: async (ctx) => {
        const result = await convertSubmission(strapi, ctx.params.documentId, ctx.state.user?.id);
        if (result.outcome === 'not-found') return ctx.notFound('Diesen Vorschlag gibt es nicht (mehr).');
        if (result.outcome === 'already-accepted') {
          return ctx.conflict('Dieser Vorschlag ist schon angenommen oder in einen Kreativort umgewandelt.', {
            placeDocumentId: result.placeDocumentId,
          });
        }
        ctx.status = 201;
        ctx.body = { data: { placeDocumentId: result.placeDocumentId } };
      },
      config: {
        policies: [
          'admin::isAuthenticatedAdmin',
          {
            name: 'admin::hasPermissions',
            config: {
              actions: [
                ['plugin::content-manager.explorer.create', PLACE],
                ['plugin::content-manager.explorer.update', SUBMISSION],
              ],
            },
          },
        ],
      },
    },
  ]);
};
