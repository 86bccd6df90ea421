import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../http/admin-routes';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** A probe asks about this moment; a stuck pool would otherwise hold it for DATABASE_CONNECTION_TIMEOUT. */
const DATABASE_TIMEOUT_MS = 3_000;

const answer = (ctx: Context, status: number, body: { status: string }) => {
  ctx.status = status;
  // Never kept by a proxy or CDN, or the probe would report on an earlier moment.
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
};

const databaseAnswers = async (strapi: Core.Strapi) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS);
  });
  try {
    await Promise.race([strapi.db.connection.raw('select 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Probes for Docker, orchestrators and load balancers, public and outside the content API (so
 * neither the rate limits nor API tokens apply). `/healthz` (liveness): the process answers.
 * `/readyz` (readiness): the database answers too; otherwise 503 with Retry-After, and the cause
 * goes to the log, not to the caller. Strapi's own `/_health` only says the former.
 */
export const registerHealthRoutes = (strapi: Core.Strapi) => {
  // auth: false opens a route to everyone, as Strapi does for the admin's own login routes.
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/healthz',
      handler: (ctx: Context) => answer(ctx, 200, { status: 'ok' }),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/readyz',
      handler: async (ctx: Context) => {
        try {
          await databaseAnswers(strapi);
          answer(ctx, 200, { status: 'ok' });
        } catch (failure) {
          strapi.log.warn(`Readiness: the database does not answer: ${failure instanceof Error ? failure.message : String(failure)}`);
          ctx.set('Retry-After', '30');
          answer(ctx, 503, { status: 'unavailable' });
        }
      },
      config: { auth: false },
    },
  ]);
};
