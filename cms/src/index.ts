import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { ensureAdminUser } from './bootstrap/admin-user';
import { registerDraftGuard } from './bootstrap/draft-guard';
import { ensureIndexes } from './bootstrap/indexes';
import { ensureLocales } from './bootstrap/locales';
import { applyPublicPermissions } from './bootstrap/permissions';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { ensureEditorialRoles } from './bootstrap/roles';
import { seedIfEmpty } from './bootstrap/seed';
import { ensureSiteToken } from './bootstrap/site-token';
import { ensureSiteWebhook } from './bootstrap/site-webhook';
import { ensureSubmissionToken } from './bootstrap/submission-token';
import { registerPublicSchema } from './extensions/graphql/public-schema';
import { keepProposalsFromWebhooks } from './extensions/private-webhooks';
import { registerSlugRedirects } from './extensions/slug-redirects';
import { registerGracefulStop } from './strapi-patches/graceful-stop';
import { registerHealthRoutes } from './health';
import { registerSubmissions } from './submissions';
import { registerTranslationStatus } from './extensions/translation-status';
import { registerTranslationOverviewRoute } from './translations/admin-route';
import { registerUploadPolicy } from './uploads';
import { registerEditorialRules } from './validation/editorial-rules';
import { registerMeetingVenueRule } from './validation/meeting-venue';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerGracefulStop(strapi);
    registerPublicSchema(strapi);
    registerDraftGuard(strapi);
    registerMeetingVenueRule(strapi);
    registerEditorialRules(strapi);
    registerSlugRedirects(strapi);
    registerSubmissions(strapi);
    registerTranslationStatus(strapi);
    registerTranslationOverviewRoute(strapi);
    registerHealthRoutes(strapi);
    registerUploadPolicy(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi);
    await ensureLocales(strapi);
    await applyPublicPermissions(strapi);
    await ensurePreviewToken(strapi);
    await ensureSiteToken(strapi);
    await ensureSubmissionToken(strapi);
    await ensureAdminUser(strapi);
    await ensureEditorialRoles(strapi);
    keepProposalsFromWebhooks(strapi);
    await ensureSiteWebhook(strapi);
    await seedIfEmpty(strapi);
    await applyAdminLabels(strapi);
  },
};
