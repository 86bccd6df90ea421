import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * The caller's address as Koa reads it: behind a reverse proxy (IS_PROXIED, PROXY_COUNT in
 * config/server.ts) from X-Forwarded-For, else the socket's. IPv4 clients of a dual-stack
 * socket arrive as `::ffff:a.b.c.d`; they count under their IPv4 address.
 */
export const clientAddress = (ctx: Context) => ctx.ip.replace(/^::ffff:/, '');
