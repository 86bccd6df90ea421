import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kind, parse, print, visit, type ASTNode, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { bearer, type Cms } from './cms';
import { siteToken } from './env';

const dir = resolve(__dirname, '..', '..', '..', 'web', 'src', 'lib', 'server', 'cms', 'operations');
const definitions: DefinitionNode[] = readdirSync(dir)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(readFileSync(join(dir, file), 'utf8')).definitions);

const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const fragments = new Map(
  definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
);

/** The website's own query documents (web/src/lib/server/cms/operations/), each with the fragments it spreads. */
export const siteOperation = (name: string) => {
  const operation = operations.find((o) => o.name?.value === name);
  if (!operation) throw new Error(`The website has no operation named ${name}`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [operation, ...used.values()].map((node) => print(node)).join('\n');
};

/** Names of the website's operations and the names of the variables each declares. */
export const siteOperations = () =>
  operations.map((o) => ({ name: o.name!.value, variables: (o.variableDefinitions ?? []).map((v) => v.variable.name.value) }));

/** Runs one of the website's operations with the website's token. */
export const askAsTheSite = <T = unknown>(cms: Cms, operation: string, variables: Record<string, unknown>) =>
  cms.graphql<T>(siteOperation(operation), variables, bearer(siteToken));

/** Where the website's unit tests find the CMS's recorded answers. */
export const fixtures = resolve(dir, '..', 'fixtures');

/** The website's operations with the variables it sends, whose answers `fixtures.test.ts` records. */
export const cases: { name: string; operation: string; variables: Record<string, unknown> }[] = JSON.parse(readFileSync(join(fixtures, 'cases.json'), 'utf8'));
