import { GraphQLError, getNamedType, getNullableType, isListType, isObjectType, type GraphQLObjectType } from 'graphql';

const COMBINATORS = new Set(['and', 'or', 'not']);

const refusal = (argument: 'filters' | 'sort', path: string[], first: string) =>
  new GraphQLError(
    `Invalid argument ${argument}: ${path.join('.')} goes from ${first}, a relation to many entries, into ${path[path.length - 1]}, another one. ` +
      'Filters and sorts may pass through one such relation per path: the database would compare every combination.',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', argument, http: { status: 400 } } },
  );

/** One step from an object type into its relation or component `name`, or null for a plain field. */
const step = (type: GraphQLObjectType, name: string) => {
  const field = type.getFields()[name];
  const target = field && getNamedType(field.type);
  return field && isObjectType(target) ? { target, toMany: isListType(getNullableType(field.type)) } : null;
};

/**
 * How many relations and components (each a join in SQL) a list's `filters` value goes through.
 * Throws when a path goes from one relation to many entries into another, such as
 * `partners.places`: the join multiplies the rows by both, which took 0.7 s of CPU for one list
 * on 10,000 places (bench/README.md).
 */
export const filterRelations = (value: unknown, type: GraphQLObjectType, path: string[] = [], toManyAt?: string): number => {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + filterRelations(item, type, path, toManyAt), 0);
  if (!value || typeof value !== 'object') return 0;
  let relations = 0;
  for (const [key, inner] of Object.entries(value)) {
    if (COMBINATORS.has(key)) {
      relations += filterRelations(inner, type, path, toManyAt);
      continue;
    }
    const next = step(type, key);
    if (!next) continue;
    if (next.toMany && toManyAt) throw refusal('filters', [...path, key], toManyAt);
    relations += 1 + filterRelations(inner, next.target, [...path, key], next.toMany ? key : toManyAt);
  }
  return relations;
};

/** The same for a list's `sort`: "region.parent.name:desc" goes through two relations. */
export const sortRelations = (value: unknown, type: GraphQLObjectType): number =>
  (Array.isArray(value) ? value : [value])
    .filter((item): item is string => typeof item === 'string')
    .reduce((sum, item) => {
      const path = item.split(':')[0].split('.');
      let current = type;
      let toManyAt: string | undefined;
      let relations = 0;
      for (const [i, name] of path.slice(0, -1).entries()) {
        const next = step(current, name);
        if (!next) break;
        if (next.toMany && toManyAt) throw refusal('sort', path.slice(0, i + 1), toManyAt);
        toManyAt = next.toMany ? name : toManyAt;
        current = next.target;
        relations += 1;
      }
      return sum + relations;
    }, 0);
