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

it('tells the website which cache tags a place published for the first time touches, and nothing of the draft saved before', async () => {
  const region = await cms.strapi.documents('api::region.region').findFirst({ locale: 'de' });
  const theme = await cms.strapi.documents('api::theme.theme').findFirst({ locale: 'de' });
  const { documentId } = await places().create({
    locale: 'de',
    data: { name: 'Neue Scheune', slug: 'neue-scheune', teaser: 'Ein Anfang.', stage: 'idea', network: 'kreativorte_im_gruenen', isSample: false, region: region!.documentId, themes: [theme!.documentId], internalNotes: 'Schlüssel beim Nachbarn' },
  });
  await places().publish({ documentId, locale: 'de' });
  const hit = await site.waitFor((r) => r.body.event === 'entry.publish' && r.body.documentId === documentId);

  expect(hit.headers['x-revalidate-secret']).toBe(site.env.REVALIDATE_SECRET);
  expect(Object.keys(hit.body).sort()).toEqual(['createdAt', 'documentId', 'event', 'eviction', 'model', 'uid']);
  expect(hit.body).toMatchObject({ model: 'place', uid: 'api::place.place' });
  expect(hit.body.eviction?.expire).toEqual([documentId]);
  expect(hit.body.eviction?.purge).toEqual([]);
  expect(hit.body.eviction?.stale).toEqual(
    expect.arrayContaining(['list:places', `list:places:region=${region!.slug}`, `related:${region!.documentId}`, `list:places:themes=${theme!.slug}`]),
  );
  expect(site.received.filter((r) => r.body.documentId === documentId && r.body.event !== 'entry.publish')).toEqual([]);
  expect(JSON.stringify(site.received)).not.toContain('Schlüssel beim Nachbarn');
  await places().delete({ documentId });
});

it('renews only the listings by what changed when a live place is published again', async () => {
  const place = await places().findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de', status: 'published', populate: ['region'] });
  const { documentId, region } = place!;
  const published = async (data: Record<string, unknown>) => {
    await places().update({ documentId, locale: 'de', data });
    const received = site.received.length;
    await places().publish({ documentId, locale: 'de' });
    return (await site.waitFor((r, index) => index >= received && r.body.event === 'entry.publish' && r.body.documentId === documentId)).body.eviction;
  };

  const edited = await published({ teaser: 'Neu geschrieben', internalNotes: 'Schlüssel beim Nachbarn', privateEmail: 'menschen-des-orts@example.org' });
  expect(edited?.expire).toEqual([documentId]);
  expect(edited?.stale).toEqual(['list:places:by=teaser', 'list:places:by=updatedAt', 'list:places:by=publishedAt']);

  const other = await cms.strapi.documents('api::region.region').findFirst({ locale: 'de', filters: { documentId: { $ne: region!.documentId } } });
  const moved = await published({ region: other!.documentId });
  expect(moved?.stale).toEqual(
    expect.arrayContaining(['list:places:by=region', `list:places:region=${region!.slug}`, `list:places:region=${other!.slug}`, `related:${region!.documentId}`, `related:${other!.documentId}`]),
  );
  expect(moved?.stale).not.toContain('list:places:by=teaser');
  expect(JSON.stringify(site.received)).not.toMatch(/Schlüssel beim Nachbarn|menschen-des-orts@example\.org/);
  await published({ region: region!.documentId });
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
    const before = site.received.length;
    await places().publish({ documentId, locale: 'de' });
    const hit = await replica.waitFor((r) => r.body.event === 'entry.publish');
    expect(hit.body.eviction).toMatchObject({ expire: [documentId] });
    expect(hit.body.entry).toBeUndefined();
    // Both processes hear the same change: the live version it replaced is compared once, for all.
    const first = await site.waitFor((r, index) => index >= before && r.body.event === 'entry.publish');
    expect(first.body.eviction).toEqual(hit.body.eviction);
  } finally {
    replica.close();
  }
});
