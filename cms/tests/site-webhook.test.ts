import { afterAll, beforeAll, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';
import { startSiteReceiver } from './support/site-receiver';

let site: Awaited<ReturnType<typeof startSiteReceiver>>;
let cms: Cms;
beforeAll(async () => {
  site = await startSiteReceiver();
  cms = await startCms(site.env);
});
afterAll(async () => {
  await cms?.stop();
  site?.close();
});

it('calls the website with the shared secret when a place is published', async () => {
  const places = cms.strapi.documents('api::place.place');
  const place = await places.findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' });
  await places.update({ documentId: place!.documentId, locale: 'de', data: { teaser: 'Neu geschrieben' } });
  await places.publish({ documentId: place!.documentId, locale: 'de' });
  const hit = await site.waitFor((r) => r.body.event === 'entry.publish' && r.body.model === 'place');
  expect(hit.headers['x-revalidate-secret']).toBe(site.env.REVALIDATE_SECRET);
  expect(hit.body.entry?.slug).toBe('kultur-nische');
});

it('tells the website nothing about proposals, which carry personal data and change no page', async () => {
  await cms.strapi.documents('api::submission.submission').create({
    data: { name: 'Alte Schule', town: 'Kläden', description: 'Ateliers.', contactName: 'Jana Beispiel', contactEmail: 'jana@example.org', consent: true, reviewStatus: 'new' },
  });
  const theme = await cms.strapi.documents('api::theme.theme').findFirst({ locale: 'de' });
  await cms.strapi.documents('api::theme.theme').update({ documentId: theme!.documentId, locale: 'de', data: { description: 'Danach.' } });
  await site.waitFor((r) => r.body.model === 'theme');
  expect(site.received.filter((r) => r.body.model === 'submission' || JSON.stringify(r.body).includes('jana@example.org'))).toEqual([]);
});

it('keeps exactly one such webhook, however often the CMS boots', async () => {
  const { ensureSiteWebhook } = compiledModule<typeof import('../src/site/webhook')>('site/webhook');
  await ensureSiteWebhook(cms.strapi);
  await ensureSiteWebhook(cms.strapi);
  const webhooks = await cms.strapi.get('webhookStore').findWebhooks();
  expect(webhooks.filter((w: { name: string }) => w.name === 'Website: Cache leeren')).toHaveLength(1);
});
