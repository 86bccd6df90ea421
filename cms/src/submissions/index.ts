import type { Core } from '@strapi/strapi';
import { registerConversionRoute } from './admin-route';
import { SUBMISSION } from '../content-types';

/** Proposals from the website's form: the admin's conversion route, and no GraphQL at all (their rules: documents/). */
export const registerSubmissions = (strapi: Core.Strapi) => {
  registerConversionRoute(strapi);
  // The public schema is cut to the public types anyway; this keeps proposals out of it even then.
  strapi.plugin('graphql').service('extension').shadowCRUD(SUBMISSION).disable();
};
