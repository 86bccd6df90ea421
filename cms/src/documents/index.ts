import type { Core } from '@strapi/strapi';
import { registerFirstPublication } from '../first-publication';
import { registerScoreUpdates } from '../profile-health/updates';
import { registerLiveVersions } from '../site/live-versions';
import { registerDraftGuard } from './draft-guard';
import { registerEditorialRules } from './editorial-rules';
import { registerMeetingVenueRule } from './meeting-venue';
import { registerNoticeExpiry } from './notice-expiry';
import { registerPersonRules } from './person-rules';
import { registerRepeatableCaps } from './repeatable-caps';
import { registerSlugRedirects } from './slug-redirects';
import { registerSubmissionRules } from './submission-rules';
import { registerTranslationStatus } from './translation-status';

/** Every document-service middleware, the first registered the outermost. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  registerDraftGuard(strapi);
  registerNoticeExpiry(strapi);
  registerPersonRules(strapi);
  registerMeetingVenueRule(strapi);
  registerEditorialRules(strapi);
  registerRepeatableCaps(strapi);
  registerSlugRedirects(strapi);
  registerSubmissionRules(strapi);
  registerTranslationStatus(strapi);
  registerLiveVersions(strapi);
  registerScoreUpdates(strapi);
  // Innermost: only a write that every rule let through records a first publication.
  registerFirstPublication(strapi);
};
