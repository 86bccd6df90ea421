import variables from '$lib/api-examples/variables.json';

/**
 * The example queries on /daten, one .graphql file each in src/lib/api-examples/.
 * cms/tests/api-examples.test.ts validates each against the served schema and runs it against a
 * real CMS, so the documentation cannot drift from the API.
 */
const files = import.meta.glob<string>('../api-examples/*.graphql', { query: '?raw', import: 'default', eager: true });
const variablesById: Record<string, Record<string, unknown>> = variables;
const ORDER = ['region', 'place', 'reach', 'meetings', 'events', 'near'] as const;

export const apiExamples = ORDER.map((id) => {
  const query = files[`../api-examples/${id}.graphql`];
  if (!query) throw new Error(`Missing example ${id}.graphql`);
  return { id, query: query.trim(), variables: variablesById[id] ?? null };
});
