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

const places = () => cms.strapi.documents('api::place.place');

it('tells the website which cache tags a published place touches, and nothing of the draft saved before', async () => {
  const place = await places().findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de', populate: ['region', 'themes'] });
  const { documentId, region, themes } = place!;
  await places().update({ documentId, locale: 'de', data: { teaser: 'Neu geschrieben', internalNotes: 'Schlüssel beim Nachbarn' } });
  await places().publish({ documentId, locale: 'de' });
  const hit = await site.waitFor((r) => r.body.event === 'entry.publish' && r.body.documentId === documentId);

  expect(hit.headers['x-revalidate-secret']).toBe(site.env.REVALIDATE_SECRET);
  expect(Object.keys(hit.body).sort()).toEqual(['createdAt', 'documentId', 'event', 'eviction', 'model', 'uid']);
  expect(hit.body).toMatchObject({ model: 'place', uid: 'api::place.place' });
  expect(hit.body.eviction?.expire).toEqual([documentId]);
  expect(hit.body.eviction?.purge).toEqual([]);
  expect(hit.body.eviction?.stale).toEqual(
    expect.arrayContaining(['list:places', `list:places:region=${region!.slug}`, `related:${region!.documentId}`, ...themes!.map((theme) => `list:places:themes=${theme.slug}`)]),
  );
  expect(site.received.filter((r) => r.body.event === 'entry.update' && r.body.documentId === documentId)).toEqual([]);
  expect(JSON.stringify(site.received)).not.toContain('Schlüssel beim Nachbarn');
});

it('tells the website to purge an unpublished place at once', async () => {
  const { documentId } = (await places().findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' }))!;
  await places().unpublish({ documentId, locale: 'de' });
  const hit = await site.waitFor((r) => r.body.event === 'entry.unpublish' && r.body.documentId === documentId);
  expect(hit.body.eviction).toEqual({ expire: [], stale: ['list:places'], purge: [documentId] });
});

it('makes every page stale when the global settings change', async () => {
  const globals = cms.strapi.documents('api::global.global');
  const { documentId } = (await globals.findFirst({ locale: 'de' }))!;
  await globals.update({ documentId, locale: 'de', data: { siteName: 'Kreativorte im Grünen!' } });
  const hit = await site.waitFor((r) => r.body.model === 'global');
  expect(hit.body.eviction).toEqual({ expire: [], stale: ['*'], purge: [] });
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

it("keeps Strapi's body, with the entry, for every other webhook", async () => {
  const partner = await startSiteReceiver();
  try {
    const webhook = await cms.strapi.get('webhookStore').createWebhook({ name: 'Partnerseite', url: partner.env.SITE_REVALIDATE_URL, headers: {}, events: ['entry.publish'], isEnabled: true });
    cms.strapi.get('webhookRunner').add(webhook);
    const { documentId } = (await places().findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' }))!;
    await places().publish({ documentId, locale: 'de' });
    const hit = await partner.waitFor((r) => r.body.event === 'entry.publish');
    expect(hit.body.entry).toMatchObject({ documentId, slug: 'kultur-nische' });
    expect(hit.body.eviction).toBeUndefined();
  } finally {
    partner.close();
  }
});

it('sends the eviction to every webhook with the secret header, such as a second site process added in the admin', async () => {
  const replica = await startSiteReceiver();
  try {
    const headers = { 'x-revalidate-secret': site.env.REVALIDATE_SECRET };
    const webhook = await cms.strapi.get('webhookStore').createWebhook({ name: 'Website, zweiter Prozess', url: replica.env.SITE_REVALIDATE_URL, headers, events: ['entry.publish'], isEnabled: true });
    cms.strapi.get('webhookRunner').add(webhook);
    const { documentId } = (await places().findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' }))!;
    await places().publish({ documentId, locale: 'de' });
    const hit = await replica.waitFor((r) => r.body.event === 'entry.publish');
    expect(hit.body.eviction).toMatchObject({ expire: [documentId] });
    expect(hit.body.entry).toBeUndefined();
  } finally {
    replica.close();
  }
});
