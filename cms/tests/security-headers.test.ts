import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { EXPECTED_CSP, cspOf } from './support/headers';

let cms: Cms;
let imageUrl: string;
beforeAll(async () => {
  cms = await startCms();
  imageUrl = (await cms.strapi.db.query('plugin::upload.file').findOne({ where: { ext: '.jpg' } })).url;
});
afterAll(() => cms?.stop());

const FOREIGN = 'https://fremde-seite.example';

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${cms.url}${path}`, { headers: { origin: FOREIGN, ...headers } });
const preflight = (path: string, method = 'POST') =>
  fetch(`${cms.url}${path}`, { method: 'OPTIONS', headers: { origin: FOREIGN, 'access-control-request-method': method, 'access-control-request-headers': 'content-type, authorization' } });

describe('CORS', () => {
  it('lets any origin read the public API, with a literal * and without credentials', async () => {
    const post = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { origin: FOREIGN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ themes { slug } }' }),
    });
    for (const response of [await get('/api/themes'), await get('/graphql?query=%7Bthemes%7Bslug%7D%7D'), post]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const allowed = await preflight('/graphql');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('*');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('keeps the admin panel and its API same-origin: no CORS headers for a foreign origin', async () => {
    for (const path of ['/admin/init', '/admin/project-type', '/content-manager/init', '/upload/settings', '/admin', '/healthz', imageUrl]) {
      const response = await get(path);
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
    for (const path of ['/admin/login', '/admin/renew-token', '/content-manager/collection-types/api::place.place', '/upload']) {
      const response = await preflight(path);
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(response.headers.get('access-control-allow-methods'), path).toBeNull();
    }
  });
});

describe('Content-Security-Policy', () => {
  // The admin's own policy is checked in production (tests/production.test.ts): in development and
  // tests Strapi widens it on /admin for Vite's reloading.
  it('is the explicit policy of config/middlewares.ts, not helmet\'s or Strapi\'s defaults', async () => {
    for (const path of ['/api/themes', '/api/places?filters[$foo]=1', imageUrl, '/healthz']) {
      expect(cspOf(await get(path)), path).toEqual(EXPECTED_CSP);
    }
  });
});

describe('X-Powered-By', () => {
  it('is sent nowhere: public API, admin, media, probes, errors', async () => {
    const responses = [
      await get('/api/themes'),
      await get('/api/places?filters[$foo]=1'),
      await get('/api/nothing-here'),
      await get('/graphql?query=%7Bthemes%7Bslug%7D%7D'),
      await get('/admin/init'),
      await get('/admin/users/me'),
      await get(imageUrl),
      await get('/healthz'),
      await get('/does-not-exist'),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 400, 404, 200, 200, 401, 200, 200, 404]);
    for (const response of responses) expect(response.headers.get('x-powered-by'), response.url).toBeNull();
  });
});
