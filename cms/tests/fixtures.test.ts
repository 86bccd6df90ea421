import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

const dir = join(__dirname, 'fixtures');
const cases: { name: string; operation: string; variables: Record<string, unknown> }[] = JSON.parse(
  readFileSync(join(dir, 'cases.json'), 'utf8'),
);
const update = process.env.UPDATE_FIXTURES === '1' && inject('database') === 'sqlite';

/** Replaces what differs between two seed runs of the same content. */
const normalize = (value: unknown, key?: string): unknown => {
  if (key === 'documentId') return '<documentId>';
  if (key === 'hash') return '<hash>';
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

describe('response fixtures for the website', () => {
  it.each(cases)('$name matches the live response', async ({ name, operation, variables }) => {
    const query = readFileSync(join(dir, `${operation}.graphql`), 'utf8');
    const { status, body } = await cms.graphql(query, variables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const actual = normalize(body);
    const file = join(dir, `${name}.json`);
    if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(file), `${file} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
