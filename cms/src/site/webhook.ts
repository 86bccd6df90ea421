import type { Core } from '@strapi/strapi';

/** The webhook's name in the admin, and how the CMS finds it again. */
export const SITE_WEBHOOK_NAME = 'Website: Cache leeren';
/**
 * The header that carries the shared secret. A webhook with it goes to a website process of ours
 * (this one, or another replica's added in the admin), which hears the eviction rather than the entry.
 */
export const SECRET_HEADER = 'x-revalidate-secret';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update', 'media.delete'];

type Webhook = { id: string; name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean };

const matches = (current: Omit<Webhook, 'id'>, wanted: Omit<Webhook, 'id'>) =>
  current.url === wanted.url &&
  current.isEnabled &&
  current.headers?.[SECRET_HEADER] === wanted.headers[SECRET_HEADER] &&
  [...current.events].sort().join() === [...wanted.events].sort().join();

/**
 * Tells the website which of its cached pages and answers a change touches, so that a publish
 * is live at once (the body: src/site/eviction.ts, sent by src/strapi-patches/private-webhooks.ts). Strapi's webhooks send static headers only, so the shared secret travels as a
 * header value. Kept in step with SITE_REVALIDATE_URL and REVALIDATE_SECRET on every boot.
 */
export const ensureSiteWebhook = async (strapi: Core.Strapi) => {
  const url = process.env.SITE_REVALIDATE_URL;
  const secret = process.env.REVALIDATE_SECRET;
  if (!url || !secret) {
    strapi.log.info('SITE_REVALIDATE_URL or REVALIDATE_SECRET is not set: the website is not told about changes.');
    return;
  }
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const wanted = { name: SITE_WEBHOOK_NAME, url, headers: { [SECRET_HEADER]: secret }, events: EVENTS, isEnabled: true };
  const webhooks: Webhook[] = await store.findWebhooks();
  const existing = webhooks.find((webhook) => webhook.name === SITE_WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
  } else if (!matches(existing, wanted)) {
    runner.update(await store.updateWebhook(existing.id, wanted));
  }
};
