import type { Core } from '@strapi/strapi';
import { registerChangeRequestRoutes } from '../change-requests/admin-routes';
import { CHANGE_REQUEST, EDIT_LINK } from '../content-types';
import { registerEditLinkRoutes } from './admin-routes';

/** Edit links and the change requests they bring: the admin's routes, and no GraphQL at all. */
export const registerEditLinks = (strapi: Core.Strapi) => {
  registerEditLinkRoutes(strapi);
  registerChangeRequestRoutes(strapi);
  for (const uid of [EDIT_LINK, CHANGE_REQUEST]) strapi.plugin('graphql').service('extension').shadowCRUD(uid).disable();
};
