import type { Core } from '@strapi/strapi';
import { NOT_CACHEABLE, PUBLIC_READ } from './cache-policy';
import { PUBLIC_TYPES } from '../content-types';
import { canReadDrafts } from '../access/preview-access';

type Context = Parameters<Core.MiddlewareHandler>[0];

export const isContentApi = (path: string) => path === '/graphql' || path.startsWith('/api/');

type Auth = Parameters<typeof canReadDrafts>[0];

/** GraphQL serves the public types only; over REST, only their find and findOne routes. */
const readsPublicType = (ctx: Context) => {
  if (ctx.path === '/graphql') return true;
  const handler = ctx.state.route?.handler;
  return typeof handler === 'string' && PUBLIC_TYPES.some((uid) => handler === `${uid}.find` || handler === `${uid}.findOne`);
};

/**
 * Visitors without a token (the Public role) and API tokens get the same published data. The
 * preview token may read drafts, and a signed-in users-permissions user is a person.
 */
export const readsPublishedOnly = (auth: Auth) =>
  (auth?.strategy?.name === 'users-permissions' && !auth.credentials) ||
  (auth?.strategy?.name === 'content-api-token' && !canReadDrafts(auth));

export const cacheControl = (ctx: Context) => {
  const cacheable =
    (ctx.method === 'GET' || ctx.method === 'HEAD') &&
    ctx.status === 200 &&
    readsPublicType(ctx) &&
    readsPublishedOnly(ctx.state.auth);
  return cacheable ? PUBLIC_READ : NOT_CACHEABLE;
};

/**
 * Response headers of the public read API (`/graphql`, `/api/*`) and of the admin API.
 *
 * CORS: strapi::cors (required by Strapi, configured in config/middlewares.ts without
 * credentials) echoes each request's Origin even when any origin is allowed. A literal `*` lets
 * a CDN that ignores `Vary: Origin` serve one copy to every partner site.
 *
 * Cache-Control: published reads by anonymous visitors and API tokens are public for a minute;
 * anything else from the content API, every admin API response and every error is
 * `private, no-store`. A header set further in wins: a GraphQL answer with errors arrives
 * marked (src/graphql/cache-control.ts), as its status may be 200, and the admin panel's
 * files bring their own.
 */
export default (() =>
  async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      ctx.set('Cache-Control', NOT_CACHEABLE);
      throw error;
    } finally {
      if (isContentApi(ctx.path) && ctx.response.get('Access-Control-Allow-Origin')) ctx.set('Access-Control-Allow-Origin', '*');
    }
    if (ctx.response.get('Cache-Control')) return;
    if (isContentApi(ctx.path)) ctx.set('Cache-Control', cacheControl(ctx));
    else if (ctx.state.route?.info?.type === 'admin') ctx.set('Cache-Control', NOT_CACHEABLE);
  }) satisfies Core.MiddlewareFactory;
