import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './admin-labels';
import { ensureAdminUser } from './access/admin-user';
import { registerDraftGuard } from './documents/draft-guard';
import { ensureIndexes } from './database/indexes';
import { ensureLocales } from './translations/locales';
import { applyPublicPermissions } from './access/permissions';
import { ensurePreviewToken } from './access/preview-token';
import { ensureEditorialRoles } from './access/roles';
import { seedIfEmpty } from './seed';
import { ensureSiteToken } from './access/site-token';
import { ensureSiteWebhook } from './site/webhook';
import { ensureSubmissionToken } from './access/submission-token';
import { registerPublicSchema } from './graphql/public-schema';
import { keepProposalsFromWebhooks } from './strapi-patches/private-webhooks';
import { registerSlugRedirects } from './documents/slug-redirects';
import { registerHealthRoutes } from './health';
import { registerSubmissions } from './submissions';
import { registerTranslationStatus } from './documents/translation-status';
import { registerTranslationOverviewRoute } from './translations/admin-route';
import { registerUploadPolicy } from './uploads';
import { registerEditorialRules } from './documents/editorial-rules';
import { registerMeetingVenueRule } from './documents/meeting-venue';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
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
