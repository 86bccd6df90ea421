import type { Core } from '@strapi/strapi';
import { ensureApiTokenFromEnv } from './api-token';
import { publicActions } from './permissions';

export const siteTokenName = () => process.env.SITE_TOKEN_NAME || 'website';

/**
 * The website's server reads published content for all its visitors with one named API token,
 * secret SITE_TOKEN, so that the per-address rate limits never throttle it, wherever it runs.
 * It reads what the public may read, no drafts.
 */
export const ensureSiteToken = (strapi: Core.Strapi) =>
  ensureApiTokenFromEnv(strapi, 'SITE_TOKEN', 'the website reads without a token, limited per address unless listed in RATE_LIMIT_EXEMPT_IPS.', {
    name: siteTokenName(),
    description: 'Liest veröffentlichte Inhalte für den Server der Website. Nicht an Partner weitergeben.',
    permissions: publicActions(),
  });
