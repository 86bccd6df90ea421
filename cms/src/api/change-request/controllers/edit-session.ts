import type { Core } from '@strapi/strapi';
import { currentSession, exchangeToken } from '../../../edit-links/sessions';

/** The edit pages' sessions: src/edit-links/sessions.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  open: (ctx: Parameters<Core.MiddlewareHandler>[0]) => exchangeToken(strapi, ctx),
  current: (ctx: Parameters<Core.MiddlewareHandler>[0]) => currentSession(strapi, ctx),
});
