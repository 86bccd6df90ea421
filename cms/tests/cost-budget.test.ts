import { afterAll, beforeAll, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { bearer, startCms, type Cms, type GraphQLBody } from './support/cms';
import { siteToken } from './support/env';
import { readJson } from './support/json';

const { createPartnerToken } = compiledModule<typeof import('../src/access/partner-token')>('access/partner-token');

let cms: Cms;

beforeAll(async () => {
  // Budgets of three and five lists of 100 a minute; request limits out of the way; no exempt address.
  cms = await startCms({ PUBLIC_COST_BUDGET: '300', PARTNER_COST_BUDGET: '500', PUBLIC_RATE_LIMIT: '1000', PARTNER_RATE_LIMIT: '1000', RATE_LIMIT_EXEMPT_IPS: '' });
});
afterAll(() => cms?.stop());

/** 100 places from `start` on: cost 100, and a query of its own for each start, so the answer cache never serves it. */
const hundredPlaces = (start: number, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: `{ places(pagination: { start: ${start}, limit: 100 }) { slug } }` }),
  });

const statuses = async (starts: number[], headers: Record<string, string> = {}) => {
  const seen: number[] = [];
  for (const start of starts) seen.push((await hundredPlaces(start, headers)).status);
  return seen;
};

let firstAnswer: unknown;

it('spends a budget of query cost per minute and address: then 429 with Retry-After, naming the budget', async () => {
  const first = await hundredPlaces(0);
  expect(first.status).toBe(200);
  firstAnswer = await first.json();
  expect(await statuses([1, 2])).toEqual([200, 200]);
  const refused = await hundredPlaces(3);
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const { errors, data } = await readJson<GraphQLBody>(refused);
  expect(data).toBeUndefined();
  expect(errors).toHaveLength(1);
  expect(errors![0].message).toMatch(/at most 300 a minute \(this query costs 100\)/);
  expect(errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter, cost: 100, budget: 300 });
});

it('charges nothing for a query the CMS answers from its cache, even with the budget spent', async () => {
  const again = await hundredPlaces(0);
  expect(again.status).toBe(200);
  expect(again.headers.get('x-cms-cache')).toBe('HIT');
  expect(await again.json()).toEqual(firstAnswer);
});

it('gives each partner token a budget of its own', async () => {
  const first = await createPartnerToken(cms.strapi, { name: 'Zukunftsorte Brandenburg' });
  const second = await createPartnerToken(cms.strapi, { name: 'Tourismusverband Altmark' });
  expect(await statuses([10, 11, 12, 13, 14, 15], bearer(first.accessKey))).toEqual([200, 200, 200, 200, 200, 429]);
  expect(await statuses([20, 21], bearer(second.accessKey))).toEqual([200, 200]);
});

it("never charges the website's own token", async () => {
  expect(new Set(await statuses([30, 31, 32, 33, 34, 35, 36, 37], bearer(siteToken)))).toEqual(new Set([200]));
});
