import type { Core } from '@strapi/strapi';
import { ensureAdminUser } from './admin-user';
import { ensureEditToken } from './edit-token';
import { applyPublicPermissions } from './permissions';
import { ensurePreviewToken } from './preview-token';
import { ensureReachToken } from './reach-token';
import { ensureEditorialRoles } from './roles';
import { ensureSiteToken } from './site-token';
import { ensureSubmissionToken } from './submission-token';

/** Who may do what, kept in step with the code and the environment at every boot. */
export const ensureAccess = async (strapi: Core.Strapi) => {
  await applyPublicPermissions(strapi);
  await ensurePreviewToken(strapi);
  await ensureSiteToken(strapi);
  await ensureSubmissionToken(strapi);
  await ensureEditToken(strapi);
  await ensureReachToken(strapi);
  await ensureAdminUser(strapi);
  await ensureEditorialRoles(strapi);
};
