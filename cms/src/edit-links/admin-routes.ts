import type { Core } from '@strapi/strapi';
import type { PlaceEditLinks, RevokedEditLink, SentEditLink } from '../admin/change-requests/types';
import { addAdminRoutes } from '../http/admin-routes';
import { openChangeRequests } from '../change-requests/review';
import { PLACE_EDITORS, REVIEWERS, reviewPolicies } from '../change-requests/permissions';
import { linkState, linksOf, placeRef, revokeLink } from './links';
import { sendEditLink } from './send';
import { restError } from '../http/error-body';

/** The place's edit view: its links, and sending or revoking one; whoever reviews change requests manages the links that bring them. */
export const registerEditLinkRoutes = (strapi: Core.Strapi) => {
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/kreativorte/places/:documentId/edit-links',
      handler: async (ctx) => {
        const { documentId } = ctx.params;
        const place = await placeRef(strapi, documentId);
        if (!place) return ctx.notFound('Diesen Kreativort gibt es nicht (mehr).');
        const links = await linksOf(strapi, documentId);
        const data: PlaceEditLinks = {
          canSend: !place.isSample && Boolean(place.privateEmail),
          reason: place.isSample ? 'sample' : place.privateEmail ? null : 'no-email',
          links: links.map((link) => ({
            documentId: link.documentId,
            createdAt: link.createdAt,
            expiresAt: link.expiresAt,
            revokedAt: link.revokedAt,
            status: linkState(link),
          })),
          openChangeRequests: await openChangeRequests(strapi, documentId),
        };
        ctx.body = { data };
      },
      config: { policies: reviewPolicies(REVIEWERS) },
    },
    {
      method: 'POST',
      path: '/kreativorte/places/:documentId/edit-links',
      handler: async (ctx) => {
        const result = await sendEditLink(strapi, ctx.params.documentId);
        if (result.outcome === 'not-found') return ctx.notFound('Diesen Kreativort gibt es nicht (mehr).');
        if (result.outcome === 'refused') return ctx.conflict(result.message);
        if (result.outcome === 'unavailable') {
          ctx.status = 503;
          ctx.body = restError(503, 'ServiceUnavailableError', result.message);
          return;
        }
        ctx.status = 201;
        ctx.body = { data: { documentId: result.documentId, expiresAt: result.expiresAt.toISOString() } satisfies SentEditLink };
      },
      config: { policies: reviewPolicies(REVIEWERS, PLACE_EDITORS) },
    },
    {
      method: 'POST',
      path: '/kreativorte/edit-links/:documentId/revoke',
      handler: async (ctx) => {
        const link = await revokeLink(strapi, ctx.params.documentId);
        if (!link) return ctx.notFound('Diesen Bearbeitungslink gibt es nicht (mehr).');
        strapi.log.info(`[edit-links] edit link ${link.documentId} revoked`);
        ctx.body = { data: { documentId: link.documentId, revokedAt: link.revokedAt ?? '' } satisfies RevokedEditLink };
      },
      config: { policies: reviewPolicies(REVIEWERS, PLACE_EDITORS) },
    },
  ]);
};
