import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { adminToken } from './support/admin';
import { startCms, type Cms } from './support/cms';
import { readJson } from './support/json';

const ADMIN = { email: 'admin@example.com', password: 'Test-Admin-2026' };
const REDAKTION = { email: 'redaktion@example.com', password: 'Test-Redaktion-2026' };
const AUTOR = { email: 'autor@example.com', password: 'Test-Autor-2026' };

let cms: Cms;
let imageUrl: string;

beforeAll(async () => {
  // Behind a proxy that appends the client's address to X-Forwarded-For, so the tests can speak
  // from any address; the same setting the rate limits honour.
  cms = await startCms({
    IS_PROXIED: 'true',
    PROXY_COUNT: '1',
    ADMIN_ALLOWED_NETWORKS: '10.20.0.0/16, 2001:db8:1::/48,192.0.2.7',
    ADMIN_LOGIN_FAILURES_PER_EMAIL: '3',
    ADMIN_LOGIN_FAILURES_PER_EMAIL_TOTAL: '6',
    ADMIN_LOGIN_FAILURES_PER_IP: '5',
    ADMIN_LOGIN_BLOCK_MINUTES: '15',
  });
  imageUrl = (await cms.strapi.db.query('plugin::upload.file').findOne({ where: { ext: '.jpg' } })).url;
});
afterAll(() => cms?.stop());

const from = (address: string) => ({ 'x-forwarded-for': address });

const login = (address: string, email: string, password: string) =>
  fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...from(address) },
    body: JSON.stringify({ email, password }),
  });

describe('ADMIN_ALLOWED_NETWORKS', () => {
  const adminPaths = ['/admin', '/admin/init', '/content-manager/init', '/upload/settings', '/i18n/locales', '/users-permissions/roles', '/kreativorte/translation-status', '/'];

  it('lets the allowed networks into the admin panel and its API', async () => {
    for (const address of ['10.20.3.4', '10.20.255.1', '2001:db8:1:ff::5', '192.0.2.7']) {
      const init = await fetch(`${cms.url}/admin/init`, { headers: from(address) });
      expect(init.status, address).toBe(200);
      expect((await login(address, ADMIN.email, ADMIN.password)).status, address).toBe(200);
    }
  });

  it('refuses every other network with a German 403, even with a valid session', async () => {
    const token = await adminToken(cms.url, ADMIN.email, ADMIN.password, from('10.20.0.1'));
    for (const address of ['10.21.0.1', '192.0.2.8', '2001:db8:2::1', '203.0.113.50']) {
      for (const path of adminPaths) {
        const response = await fetch(`${cms.url}${path}`, { headers: { ...from(address), authorization: `Bearer ${token}` }, redirect: 'manual' });
        expect(response.status, `${address} ${path}`).toBe(403);
        expect((await readJson<{ error: unknown }>(response)).error).toMatchObject({ status: 403, message: 'Der Verwaltungsbereich ist aus diesem Netz nicht erreichbar.' });
      }
      expect((await login(address, ADMIN.email, ADMIN.password)).status, address).toBe(403);
    }
    // The CMS's own address is not allowed implicitly: without the proxy's header it is 127.0.0.1.
    expect((await fetch(`${cms.url}/admin/init`)).status).toBe(403);
  });

  it('refuses an upload from elsewhere before reading it', async () => {
    const form = new FormData();
    form.append('files', new Blob([Buffer.alloc(1024)], { type: 'image/png' }), 'x.png');
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: from('203.0.113.50'), body: form });
    expect(response.status).toBe(403);
  });

  it('keeps the public API, the media and the health probes open to everyone', async () => {
    const address = from('203.0.113.50');
    const graphql = await fetch(`${cms.url}/graphql`, { method: 'POST', headers: { ...address, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { slug } }' }) });
    expect(graphql.status).toBe(200);
    for (const path of ['/api/themes', '/healthz', '/readyz', imageUrl]) {
      expect((await fetch(`${cms.url}${path}`, { headers: address })).status, path).toBe(200);
    }
  });

  it('refuses to start with a network it cannot read', () => {
    const factory = compiledModule<typeof import('../src/http/admin-networks')>('http/admin-networks').default;
    for (const entry of ['10.0.0.0/33', 'intranet', '10.0.0.1/8/1', '2001:db8::/129']) {
      expect(() => factory({ networks: [entry] }), entry).toThrow(/ADMIN_ALLOWED_NETWORKS/);
    }
  });
});

describe('admin login brute force', () => {
  const expectBlocked = async (response: Response) => {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((await readJson<{ error: unknown }>(response)).error).toMatchObject({ status: 429, name: 'RateLimitError', message: expect.stringMatching(/^Zu viele fehlgeschlagene Anmeldeversuche\. Bitte in 15 Minuten/) });
  };

  it('blocks an email address from the client address of its failures, even with the right password, and only there', async () => {
    const warn = vi.spyOn(cms.strapi.log, 'warn');
    for (let i = 0; i < 3; i++) expect((await login('10.20.1.1', REDAKTION.email.toUpperCase(), `falsch-${i}`)).status).toBe(400);
    await expectBlocked(await login('10.20.1.1', REDAKTION.email, REDAKTION.password));
    // The editor, elsewhere, is not locked out; the guesser stays blocked after that login.
    expect((await login('10.20.1.4', REDAKTION.email, REDAKTION.password)).status).toBe(200);
    await expectBlocked(await login('10.20.1.1', REDAKTION.email, REDAKTION.password));
    // Other people, from the same address, are not affected.
    expect((await login('10.20.1.1', AUTOR.email, AUTOR.password)).status).toBe(200);
    const logged = warn.mock.calls.map(([line]) => String(line));
    warn.mockRestore();
    expect(logged.filter((line) => line.startsWith('Admin login:'))).toEqual([
      'Admin login: an email address from one client address reached 3 failed attempts; blocked for 15 min.',
    ]);
  });

  it('blocks an email address everywhere after failures spread over many client addresses', async () => {
    for (const address of ['10.20.4.1', '10.20.4.2', '10.20.4.3']) {
      for (let i = 0; i < 2; i++) expect((await login(address, REDAKTION.email, `geraten-${i}`)).status).toBe(400);
    }
    await expectBlocked(await login('10.20.4.9', REDAKTION.email, REDAKTION.password));
    expect((await login('10.20.4.9', AUTOR.email, AUTOR.password)).status).toBe(200);
  });

  it('blocks a client address after failures for any email addresses', async () => {
    for (let i = 0; i < 5; i++) expect((await login('10.20.2.1', `gast${i}@example.com`, 'geraten')).status).toBe(400);
    await expectBlocked(await login('10.20.2.1', ADMIN.email, ADMIN.password));
    expect((await login('10.20.2.2', ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('forgets an email address\'s failures once it logs in, and never counts successful logins', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) expect((await login(`10.20.3.${10 + round}`, AUTOR.email, 'vertippt')).status).toBe(400);
      expect((await login('10.20.3.2', AUTOR.email, AUTOR.password)).status).toBe(200);
    }
    // Strapi's own admin::rateLimit would refuse the sixth login of one address within 5 minutes.
    for (let i = 0; i < 7; i++) expect((await login('10.20.3.3', ADMIN.email, ADMIN.password)).status).toBe(200);
  });
});
