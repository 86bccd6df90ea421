import type { Core } from '@strapi/strapi';
import { ensureApiTokenFromEnv } from './api-token';

export const reachTokenName = () => process.env.REACH_TOKEN_NAME || 'website-reach';

/** Adding the site's daily counts (api/reach-count/routes/batch.ts). */
export const REACH_ACTIONS = ['api::reach-count.batch.add'];

/**
 * The website sends its page, widget and feed counts with one named API token, secret
 * REACH_TOKEN, that may add counts and do nothing else: it reads no content and no counts.
 */
export const ensureReachToken = (strapi: Core.Strapi) =>
  ensureApiTokenFromEnv(strapi, 'REACH_TOKEN', 'the website cannot send its reach counts.', {
    name: reachTokenName(),
    description: 'Nur für die Reichweitenzählung der Website: fügt Tageszahlen hinzu; kann nichts lesen.',
    permissions: REACH_ACTIONS,
  });
