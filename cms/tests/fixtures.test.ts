import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCms, type Cms, type GraphQLBody } from './support/cms';
import { readJson } from './support/json';

// The website's own operations, so that its unit tests replay what the CMS really answers.
const web = resolve(__dirname, '..', '..', 'web', 'src', 'lib', 'server', 'cms');
const fixtures = join(web, 'fixtures');
const operations = join(web, 'operations');
const definitions = parse(
  readdirSync(operations)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(join(operations, file), 'utf8'))
    .join('\n'),
).definitions;
const fragments = new Map(
  definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
);

/** One operation with the fragments it uses, as the site's generated documents send it. */
const documentFor = (name: string) => {
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`No operation ${name} in ${operations}`);
  const used: DefinitionNode[] = [operation];
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread({ name: { value } }) {
        const fragment = fragments.get(value);
        if (fragment && !used.includes(fragment)) {
          used.push(fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return used.map((d) => print(d)).join('\n');
};
const cases: { name: string; operation: string; variables: Record<string, unknown> }[] = JSON.parse(
  readFileSync(join(fixtures, 'cases.json'), 'utf8'),
);
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
      body: JSON.stringify({ query: documentFor(operation), variables }),
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
