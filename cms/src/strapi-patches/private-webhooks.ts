// Patches @strapi/core 5.54's webhook runner: `run`, the one entry point of every webhook call.
import type { Core } from '@strapi/strapi';
import { UNANNOUNCED_TYPES } from '../content-types';
import { documentIdOf, evictionFor, type Eviction } from '../site/eviction';
import { takeLiveVersionBefore } from '../site/live-versions';
import { SECRET_HEADER } from '../site/webhook';

const UNANNOUNCED = new Set<string>(UNANNOUNCED_TYPES);

/** Strapi sends `{ event, createdAt, ...info }`: its info carries the entry; ours, sent to the website, the eviction. */
type Info = { model?: string; uid?: string; entry?: unknown; documentId?: string; eviction?: Eviction };
type Run = (webhook: { headers?: Record<string, string> }, event: string, info?: Info) => Promise<unknown>;

const skipped = () => Promise.resolve({ statusCode: 204 });

/**
 * Strapi's webhooks fire for every type and carry the entry. A proposal holds a visitor's name
 * and email and changes nothing on the website, so no webhook is told about it. The website's
 * webhooks (those with the secret's header, one per site process) hear which cache tags a change
 * evicts instead of the entry, which may be large, and nothing when the public site did not change. Strapi 5.54 offers neither a per-type filter nor a
 * body of one's own for webhooks; this wraps the runner's one entry point instead.
 */
export const patchWebhookRunner = (strapi: Core.Strapi) => {
  const runner: { run: Run } = strapi.get('webhookRunner');
  const run = runner.run.bind(runner);
  // Once per event, which every site process's webhook is called with: each change takes the live version it replaced once.
  const evictions = new WeakMap<object, Eviction | null>();
  const evictionOf = (event: string, { uid, entry }: Info) => {
    if (typeof entry !== 'object' || entry === null) return evictionFor(event, uid, entry);
    if (!evictions.has(entry)) evictions.set(entry, evictionFor(event, uid, entry, takeLiveVersionBefore(event, uid, entry)));
    return evictions.get(entry) ?? null;
  };
  runner.run = (webhook, event, info = {}) => {
    if (info.uid && UNANNOUNCED.has(info.uid)) return skipped();
    if (!webhook.headers?.[SECRET_HEADER]) return run(webhook, event, info);
    const eviction = evictionOf(event, info);
    if (!eviction) return skipped();
    return run(webhook, event, { model: info.model, uid: info.uid, documentId: documentIdOf(info.entry), eviction });
  };
};
