import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
const nodeEnv = process.env.NODE_ENV;
beforeAll(async () => {
  cms = await startCms({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await cms?.stop();
  process.env.NODE_ENV = nodeEnv;
});

it('keeps introspection on in production, for partner sites', async () => {
  expect(cms.strapi.config.get('environment')).toBe('production');
  const { status, body } = await cms.graphql(`{ __type(name: "Place") { fields { name } } }`);
  expect(status).toBe(200);
  expect(body.data.__type.fields.map((f: { name: string }) => f.name)).toContain('slug');
});

it('hides production errors behind a generic message', async () => {
  const { status, body } = await cms.graphql(`{ places(filters: { slug: { eq: 1 } }) { slug } }`);
  expect(status).toBe(400);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .+\.js:\d+|SELECT|sqlite|postgres/i);
});
