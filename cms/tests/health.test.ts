import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  // A public limit of 2 and no exempt address: probes from this machine would hit it at once.
  cms = await startCms({ PUBLIC_RATE_LIMIT: '2', RATE_LIMIT_EXEMPT_IPS: '' });
});
afterAll(() => cms?.stop());

const probe = (path: string) => fetch(`${cms.url}${path}`);

it('answers /healthz with 200, without a login, never to be stored', async () => {
  const response = await probe('/healthz');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers.get('cache-control')).toBe('no-store');
});

it('answers /readyz with 200 while the database answers', async () => {
  const response = await probe('/readyz');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers.get('cache-control')).toBe('no-store');
});

it('answers /readyz with 503 and Retry-After when the database fails, and logs why', async () => {
  const raw = vi.spyOn(cms.strapi.db.connection, 'raw').mockRejectedValue(new Error('connect ECONNREFUSED 10.0.0.5:5432'));
  const warn = vi.spyOn(cms.strapi.log, 'warn').mockImplementation(() => cms.strapi.log);
  try {
    const response = await probe('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: 'unavailable' });
    expect(body).not.toMatch(/ECONNREFUSED/);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/ECONNREFUSED/);
  } finally {
    raw.mockRestore();
    warn.mockRestore();
  }
  expect((await probe('/readyz')).status).toBe(200);
});

it('is not rate-limited, while the content API is', async () => {
  const probes = await Promise.all(Array.from({ length: 6 }, (_, i) => probe(i % 2 ? '/readyz' : '/healthz')));
  expect(probes.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(probes.some((response) => response.headers.has('x-ratelimit-limit'))).toBe(false);

  const api = [];
  for (let i = 0; i < 3; i++) api.push((await cms.graphql('{ __typename }')).status);
  expect(api).toEqual([200, 200, 429]);
});
