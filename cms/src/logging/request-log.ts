import type { Core } from '@strapi/strapi';
import { requestIdFrom, requestMeta, withRequestId } from './request-id';

/**
 * The first middleware: each request gets an id (the caller's well-formed X-Request-Id, else a new
 * one), answers with it in X-Request-Id, and every line logged while it runs carries it. When it is
 * done, one `http` line: method, path without the query string (which may carry search terms or
 * addresses), status and duration. Never the client's address, headers or body.
 */
export default ((_config, { strapi }) => {
  strapi.log.defaultMeta = requestMeta;

  return async (ctx, next) => {
    const requestId = requestIdFrom(ctx.get('x-request-id'));
    ctx.set('X-Request-Id', requestId);
    const started = performance.now();
    await withRequestId(requestId, async () => {
      try {
        await next();
      } finally {
        const durationMs = Math.round(performance.now() - started);
        const { method, path, status } = ctx;
        strapi.log.http(`${method} ${path} (${durationMs} ms) ${status}`, { method, path, status, durationMs });
      }
    });
  };
}) satisfies Core.MiddlewareFactory;
