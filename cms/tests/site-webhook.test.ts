import { createServer, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';

type Received = { headers: IncomingHttpHeaders; body: { event: string; model?: string; entry?: { slug?: string } } };

const received: Received[] = [];
const site = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push({ headers: req.headers, body: JSON.parse(body) });
    res.end('{}');
  });
});

let cms: Cms;
beforeAll(async () => {
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const address = site.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  cms = await startCms({ SITE_REVALIDATE_URL: `http://127.0.0.1:${port}/api/revalidate`, REVALIDATE_SECRET: 'geheim-und-lang-genug' });
});
afterAll(async () => {
  await cms?.stop();
  site.close();
});

const waitFor = async (match: (r: Received) => boolean) => {
  for (let i = 0; i < 100; i++) {
    const hit = received.find(match);
    if (hit) return hit;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no webhook matched; received ${JSON.stringify(received.map((r) => r.body.event))}`);
};

it('calls the website with the shared secret when a place is published', async () => {
  const places = cms.strapi.documents('api::place.place');
  const place = await places.findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' });
  await places.update({ documentId: place!.documentId, locale: 'de', data: { teaser: 'Neu geschrieben' } } as any);
  await places.publish({ documentId: place!.documentId, locale: 'de' } as any);
  const hit = await waitFor((r) => r.body.event === 'entry.publish' && r.body.model === 'place');
  expect(hit.headers['x-revalidate-secret']).toBe('geheim-und-lang-genug');
  expect(hit.body.entry?.slug).toBe('kultur-nische');
});

it('tells the website nothing about proposals, which carry personal data and change no page', async () => {
  await cms.strapi.documents('api::submission.submission').create({
    data: { name: 'Alte Schule', town: 'Kläden', description: 'Ateliers.', contactName: 'Jana Beispiel', contactEmail: 'jana@example.org', consent: true },
  } as never);
  const theme = await cms.strapi.documents('api::theme.theme').findFirst({ locale: 'de' });
  await cms.strapi.documents('api::theme.theme').update({ documentId: theme!.documentId, locale: 'de', data: { description: 'Danach.' } } as never);
  await waitFor((r) => r.body.model === 'theme');
  expect(received.filter((r) => r.body.model === 'submission' || JSON.stringify(r.body).includes('jana@example.org'))).toEqual([]);
});

it('keeps exactly one such webhook, however often the CMS boots', async () => {
  const { ensureSiteWebhook } = compiledModule('site/webhook');
  await ensureSiteWebhook(cms.strapi);
  await ensureSiteWebhook(cms.strapi);
  const webhooks = await cms.strapi.get('webhookStore').findWebhooks();
  expect(webhooks.filter((w: { name: string }) => w.name === 'Website: Cache leeren')).toHaveLength(1);
});
