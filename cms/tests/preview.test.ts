import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

type Handler = (uid: string, target: { documentId: string; locale?: string; status?: string }) => Promise<string | null>;
const handler = () => cms.strapi.config.get<Handler>('admin.preview.config.handler');

const decode = (url: string) => {
  const token = new URL(url).searchParams.get('preview')!;
  const [payload, signature] = token.split('.');
  expect(signature).toBe(createHmac('sha256', 'test-preview-secret').update(payload).digest('base64url'));
  const claims: { path: string; exp: number } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return claims;
};

it('opens a draft on the site through a signed link that expires within the hour', async () => {
  const places = cms.strapi.documents('api::place.place');
  const { documentId } = await places.create({
    locale: 'de',
    data: { name: 'Neuer Hof', slug: 'neuer-hof', teaser: 'Ein Entwurf.', stage: 'idea', network: 'kreativorte_im_gruenen', isSample: false },
  });

  const draft = await handler()('api::place.place', { documentId, locale: 'de', status: 'draft' });
  expect(draft).toMatch(/^http:\/\/site\.test\/orte\/neuer-hof\?preview=/);
  const { path, exp } = decode(draft!);
  expect(path).toBe('/orte/neuer-hof');
  expect(exp * 1000 - Date.now()).toBeGreaterThan(59 * 60 * 1000);
  expect(exp * 1000 - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

  // Nothing is published yet, so there is no live page to show.
  expect(await handler()('api::place.place', { documentId, locale: 'de', status: 'published' })).toBeNull();
});

it('previews English under /en, links the published tab to the live page, and has no page for themes', async () => {
  const meeting = await cms.strapi.documents('api::meeting.meeting').findFirst({ filters: { slug: 'netzwerktreffen-stendal' }, locale: 'en' });
  const english = await handler()('api::meeting.meeting', { documentId: meeting!.documentId, locale: 'en', status: 'draft' });
  expect(decode(english!).path).toBe('/en/treffen/netzwerktreffen-stendal');
  expect(await handler()('api::meeting.meeting', { documentId: meeting!.documentId, locale: 'de', status: 'published' })).toBe(
    'http://site.test/treffen/netzwerktreffen-stendal',
  );

  const theme = await cms.strapi.documents('api::theme.theme').findFirst({ locale: 'de' });
  expect(await handler()('api::theme.theme', { documentId: theme!.documentId, locale: 'de', status: 'draft' })).toBeNull();
});

it('lets the admin frame the site and nothing else', async () => {
  const response = await fetch(`${cms.url}/admin`);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/frame-src 'self' http:\/\/site\.test/);
});
