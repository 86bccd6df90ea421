import type { Core } from '@strapi/strapi';
import { publicActions } from './permissions';
import { websiteTokenNames } from './website-tokens';

/**
 * A token's own rate limit, written into its description so that an admin can read and change
 * it in Settings → API-Tokens: "… Limit: 1200/min". Without it, PARTNER_RATE_LIMIT applies.
 */
const LIMIT = /\bLimit:\s*(\d+)\s*\/\s*min\b/i;

export const rateLimitOf = (description: string | null | undefined) => {
  const match = LIMIT.exec(description ?? '');
  return match ? Number(match[1]) : undefined;
};

const MAX_NAME_LENGTH = 100;

/**
 * Creates a partner's API token: custom, never expiring, with exactly the find and findOne
 * actions of the public types. Strapi's built-in "read-only" type would also read proposals,
 * which hold visitors' names and email addresses. The website's tokens are not partners, so
 * their names are refused. Returns the secret, which Strapi stores only hashed (and, with
 * ENCRYPTION_KEY, encrypted for admins to view again).
 */
export const createPartnerToken = async (strapi: Core.Strapi, { name, rate }: { name: string; rate?: number }) => {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) {
    throw new Error(`A partner token needs a name of 1 to ${MAX_NAME_LENGTH} characters.`);
  }
  if (rate !== undefined && !(Number.isInteger(rate) && rate > 0)) {
    throw new Error('The rate limit is a whole number of requests per minute, at least 1.');
  }
  const tokens = strapi.service('admin::api-token');
  if (websiteTokenNames().includes(trimmed) || (await tokens.exists({ name: trimmed }))) {
    throw new Error(`An API token named "${trimmed}" exists already.`);
  }
  const token: { id: number; accessKey: string } = await tokens.create({
    name: trimmed,
    description: `Partner ${trimmed}: liest veröffentlichte Inhalte (nur find/findOne der öffentlichen Typen).${rate ? ` Limit: ${rate}/min` : ''}`,
    kind: 'content-api',
    type: 'custom',
    lifespan: null,
    permissions: publicActions(),
  });
  return { id: token.id, name: trimmed, accessKey: token.accessKey, rate };
};
