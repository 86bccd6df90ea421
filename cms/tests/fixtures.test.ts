import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCms, type Cms, type GraphQLBody } from './support/cms';
import { readJson } from './support/json';
import { cases, fixtures, siteOperation } from './support/site-operations';

const update = process.env.UPDATE_FIXTURES === '1' && inject('database') === 'sqlite';

const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'publishedAt']);

/** Replaces what differs between two seed runs of the same content. */
const normalize = (value: unknown, key?: string): unknown => {
  if (key === 'documentId') return '<documentId>';
  if (key === 'hash') return '<hash>';
  // When the seed wrote an entry: the feed and the sitemap read it, so their cases record it.
  if (key && TIMESTAMPS.has(key) && typeof value === 'string') return '<timestamp>';
  if (typeof value === 'string') return value.replace(/(\/uploads\/[\w-]+?)_[0-9a-f]{10}(\.\w+)/g, '$1_<hash>$2');
  if (Array.isArray(value)) return value.map((v) => normalize(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v, k)]));
  return value;
};

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

describe('recorded responses for the website', () => {
  it.each(cases)('$name matches the live response', async ({ name, operation, variables }) => {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: siteOperation(operation), variables }),
    });
    const body = await readJson<GraphQLBody>(response);
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const recorded = { operation, variables, response: normalize(body) };
    const file = join(fixtures, `${name}.json`);
    if (update) writeFileSync(file, `${JSON.stringify(recorded, null, 2)}\n`);
    expect(existsSync(file), `${file} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
    expect(recorded).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
