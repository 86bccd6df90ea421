import type { Core } from '@strapi/strapi';

/**
 * Routes joined to the admin API: no /api prefix, the admin's session and policies. Strapi tags
 * each with the router's type itself; `info` only satisfies the type of a finished route.
 */
export const addAdminRoutes = (strapi: Core.Strapi, routes: Omit<Core.Route, 'info'>[]) => {
  strapi.server.routes({ type: 'admin', routes: routes.map((route) => ({ ...route, info: { type: 'admin' } })) });
};
