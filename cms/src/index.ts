import type { Core } from '@strapi/strapi';
import { ensureAccess } from './access';
import { applyAdminLabels } from './admin-labels';
import { ensureIndexes } from './database/indexes';
import { registerDocumentMiddlewares } from './documents';
import { registerEditLinks } from './edit-links';
import { backfillFirstPublication } from './first-publication';
import { registerListReach } from './graphql/cost/list-reach';
import { registerPublicSchema } from './graphql/public-schema';
import { registerHealthRoutes } from './health';
import { registerNoticeReplies } from './notice-replies';
import { announceLapsedNotices, BOOT_WINDOW_DAYS } from './notices/lapse';
import { migrateHeldNotices } from './notices/migrate';
import { bootstrapProfileHealth } from './profile-health';
import { registerReach, startReach, stopReach } from './reach';
import { seedIfEmpty } from './seed';
import { ensureSiteWebhook } from './site/webhook';
import { checkPatchedVersions, installedVersions } from './strapi-patches';
import { registerGracefulStop } from './strapi-patches/graceful-stop';
import { patchWebhookRunner } from './strapi-patches/private-webhooks';
import { registerSubmissions } from './submissions';
import { registerTranslationOverviewRoute } from './translations/admin-route';
import { ensureLocales } from './translations/locales';
import { registerUploadPolicy } from './uploads';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    checkPatchedVersions(installedVersions());
    registerGracefulStop(strapi);
    registerPublicSchema(strapi);
    registerDocumentMiddlewares(strapi);
    registerSubmissions(strapi);
    registerEditLinks(strapi);
    registerNoticeReplies(strapi);
    registerReach(strapi);
    registerTranslationOverviewRoute(strapi);
    registerHealthRoutes(strapi);
    registerUploadPolicy(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi);
    // Databases from before firstPublishedAt: their published entries get the earliest date they know.
    await backfillFirstPublication(strapi);
    await ensureLocales(strapi);
    await ensureAccess(strapi);
    patchWebhookRunner(strapi);
    await ensureSiteWebhook(strapi);
    // After the locales, which the notices are written in, and the webhook, which tells the website.
    await migrateHeldNotices(strapi);
    // What lapsed while no process ran is still on the website's pages.
    await announceLapsedNotices(strapi, { days: BOOT_WINDOW_DAYS });
    // Before the seed, whose entries it then counts as they are created.
    await registerListReach(strapi);
    await seedIfEmpty(strapi);
    await bootstrapProfileHealth(strapi);
    await applyAdminLabels(strapi);
    startReach(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopReach(strapi);
  },
};
