import type { Core } from '@strapi/strapi';
import { registerConversionRoute } from './admin-route';
import { SUBMISSION } from './constants';
import { registerSubmissionRules } from '../documents/submission-rules';

/** Proposals from the website's form: rules, the admin's conversion route, and no GraphQL at all. */
export const registerSubmissions = (strapi: Core.Strapi) => {
  registerSubmissionRules(strapi);
  registerConversionRoute(strapi);
  // The public schema is cut to PUBLIC_TYPES anyway; this keeps proposals out of it even then.
  strapi.plugin('graphql').service('extension').shadowCRUD(SUBMISSION).disable();
};
