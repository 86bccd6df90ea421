import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canReadDrafts } from '../access/preview-access';
import { paramsOf } from './params';

/**
 * REST asks the document service for drafts with `?status=draft`; only the preview token
 * may do that. GraphQL is guarded before execution by the draft-guard Apollo plugin.
 */
export const registerDraftGuard = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const { status } = paramsOf(context);
    if (status && status !== 'published') {
      const ctx = strapi.requestContext.get();
      if (ctx?.state?.route?.info?.type === 'content-api' && !canReadDrafts(ctx.state.auth)) {
        throw new errors.ForbiddenError('Drafts can only be read with the preview token.');
      }
    }
    return next();
  });
};
