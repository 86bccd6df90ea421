import type { Core } from '@strapi/strapi';

/** Routes on the admin API: no /api prefix, the admin's session and policies. Strapi sets `info` itself; it is here for the route type. */
export const addAdminRoutes = (strapi: Core.Strapi, routes: Omit<Core.Route, 'info'>[]) => {
  strapi.server.routes({ type: 'admin', routes: routes.map((route) => ({ ...route, info: { type: 'admin' } })) });
};
