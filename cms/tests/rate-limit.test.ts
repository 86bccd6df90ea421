import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { bearer, previewToken, startCms, type Cms, type GraphQLBody } from './support/cms';
import { siteToken } from './support/env';
import { readJson } from './support/json';

const { createPartnerToken } = compiledModule<typeof import('../src/access/partner-token')>('access/partner-token');

const SUBMISSION_TOKEN = 'website-submissions-rate-limit-test-0123456789';
let cms: Cms;

beforeAll(async () => {
  // Low limits, and no exempt address, so that this machine counts as any visitor.
  cms = await startCms({ PARTNER_RATE_LIMIT: '3', PUBLIC_RATE_LIMIT: '4', RATE_LIMIT_EXEMPT_IPS: '', SUBMISSION_TOKEN });
});
afterAll(() => cms?.stop());

const graphql = (headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://partner.example', ...headers },
    body: JSON.stringify({ query: '{ themes { slug } }' }),
  });
const rest = (path: string, headers: Record<string, string> = {}) => fetch(`${cms.url}${path}`, { headers });

const statuses = async (count: number, send: (i: number) => Promise<Response>) => {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await send(i)).status);
  return seen;
};

it('limits each partner token on its own, answers 429 with Retry-After, and logs the token name', async () => {
  const warn = vi.spyOn(cms.strapi.log, 'warn');
  const first = await createPartnerToken(cms.strapi, { name: 'Zukunftsorte Brandenburg' });
  const second = await createPartnerToken(cms.strapi, { name: 'Tourismusverband Altmark' });

  // GraphQL and REST spend the same budget of 3 requests per minute (PARTNER_RATE_LIMIT).
  expect(await statuses(2, () => graphql(bearer(first.accessKey)))).toEqual([200, 200]);
  const last = await rest('/api/themes', bearer(first.accessKey));
  expect(last.status).toBe(200);
  expect(last.headers.get('x-ratelimit-limit')).toBe('3');
  expect(last.headers.get('x-ratelimit-remaining')).toBe('0');

  const refused = await graphql(bearer(first.accessKey));
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  expect(refused.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  expect(refused.headers.get('cache-control')).toBe('private, no-store');
  expect((await readJson<GraphQLBody>(refused)).errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
  const refusedRest = await rest('/api/themes', bearer(first.accessKey));
  expect(refusedRest.status).toBe(429);
  expect((await readJson<{ error: unknown }>(refusedRest)).error).toMatchObject({ status: 429, name: 'RateLimitError' });

  expect(warn.mock.calls.filter(([line]) => String(line).includes('"Zukunftsorte Brandenburg"'))).toHaveLength(1);
  expect(JSON.stringify(warn.mock.calls)).not.toMatch(/127\.0\.0\.1|::1/);
  warn.mockRestore();

  // Another partner's budget is untouched.
  expect(await statuses(3, () => graphql(bearer(second.accessKey)))).toEqual([200, 200, 200]);
});

it('gives a token its own limit from "Limit: N/min" in its description', async () => {
  const generous = await createPartnerToken(cms.strapi, { name: 'Landkreis Stendal', rate: 6 });
  const stored = await cms.strapi.db.query('admin::api-token').findOne({ where: { id: generous.id } });
  expect(stored.description).toMatch(/Limit: 6\/min/);
  expect(await statuses(7, () => graphql(bearer(generous.accessKey)))).toEqual([200, 200, 200, 200, 200, 200, 429]);
});

it('never limits the website\'s own tokens', async () => {
  expect(new Set(await statuses(8, () => graphql(bearer(siteToken))))).toEqual(new Set([200]));
  expect(new Set(await statuses(8, () => graphql(bearer(previewToken()))))).toEqual(new Set([200]));
  // The proposal token may not read: 403, but never 429.
  expect(new Set(await statuses(8, () => rest('/api/themes', bearer(SUBMISSION_TOKEN))))).toEqual(new Set([403]));
});

it('limits requests without a token by address, and an unknown token counts as none', async () => {
  expect(await statuses(4, (i) => (i % 2 ? graphql() : rest('/api/themes')))).toEqual([200, 200, 200, 200]);
  const refused = await rest('/api/places');
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await rest('/api/places', bearer('not-a-token'))).status).toBe(429);
});
