// Patches @strapi/core 5.54's webhook runner: `run`, the one entry point of every webhook call.
import type { Core } from '@strapi/strapi';
import { UNANNOUNCED_TYPES } from '../content-types';

const UNANNOUNCED = new Set<string>(UNANNOUNCED_TYPES);

type Run = (webhook: unknown, event: string, info?: { uid?: string }) => Promise<unknown>;

/**
 * Strapi's webhooks fire for every type and carry the entry. A proposal holds a visitor's name
 * and email and changes nothing on the website, so no webhook is told about it. Strapi 5.54
 * offers no per-type filter for webhooks; this wraps the runner's one entry point instead.
 */
export const keepProposalsFromWebhooks = (strapi: Core.Strapi) => {
  const runner: { run: Run } = strapi.get('webhookRunner');
  const run = runner.run.bind(runner);
  runner.run = (webhook, event, info = {}) => (info.uid && UNANNOUNCED.has(info.uid) ? Promise.resolve({ statusCode: 204 }) : run(webhook, event, info));
};
