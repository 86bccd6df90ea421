import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { isRecord } from '../../is-record';
import { chargeQueryCost, type CostBudget } from './cost-budget';
import { filterRelations, sortRelations } from './relation-reach';

export type ListCostOptions = {
  maxCost: number;
  defaultLimit: number;
  maxLimit: number;
  /** Added for each relation or component a list's filters or sort go through. */
  relationWeight: number;
  /** Added for each use of these fields ("Type.field"), which read every place whatever they answer. */
  fieldWeights: Record<string, number>;
  /** The most entries a nested list ("Type.field") can return whatever its page; undefined: its page. */
  reach: (type: string, field: string) => number | undefined;
};

type Walk = {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  options: ListCostOptions;
  /**
   * Each fragment's cost, by the connection size it is spread under, as [per object, once]: the
   * objects scale with the multiplier, the joins of filters and sorts do not. Walking a fragment
   * again at every spread would take exponential time for one that spreads another twice, that
   * one the next twice, and so on.
   */
  fragmentCosts: Map<string, [number, number]>;
};

const literal = (node: ValueNode | undefined, variables: Record<string, unknown>): unknown => {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.OBJECT) return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, variables)]));
  return undefined;
};

/** The page size Strapi will apply: `limit` or `pageSize`, else the default, never above the maximum. */
const pageSize = (pagination: unknown, { defaultLimit, maxLimit }: ListCostOptions) => {
  const { limit, pageSize: size } = isRecord(pagination) ? pagination : {};
  const requested = [limit, size].find((n): n is number => typeof n === 'number' && n > 0);
  return Math.min(requested ?? defaultLimit, maxLimit);
};

/**
 * The page a list field asks for: its `pagination` argument, or the plain `limit` argument of
 * a custom query such as `placesNear`, whose default comes from the schema.
 */
const requestedPage = (selection: FieldNode, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>) => {
  const given = (name: string) => selection.arguments?.find((a) => a.name.value === name)?.value;
  const pagination = given('pagination');
  if (pagination) return literal(pagination, variables);
  const limit = field.args.find((a) => a.name === 'limit');
  return limit && { limit: literal(given('limit'), variables) ?? limit.defaultValue };
};

/**
 * The relations a list's filters and sort go through: each is a join that the database runs over
 * the whole table, whatever the page size, so it counts once per list, not per object.
 */
const joins = (walk: Walk, selection: FieldNode, type: GraphQLCompositeType, isConnection: boolean) => {
  const element = isConnection && isObjectType(type) ? type.getFields().nodes && getNamedType(type.getFields().nodes.type) : type;
  if (!isObjectType(element)) return 0;
  const argument = (name: string) => {
    const node = selection.arguments?.find((a) => a.name.value === name)?.value;
    return node && valueFromASTUntyped(node, walk.variables);
  };
  return filterRelations(argument('filters'), element) + sortRelations(argument('sort'), element);
};

/**
 * Each object a field can return costs 1, and a list multiplies everything below it by its
 * effective page size, or by the most entries a nested list can hold if fewer (`reach`). The sum
 * bounds the rows read and the relation queries run, which GraphQL Armor's cost limit does not,
 * as it ignores lists. Work that does not grow with the page is weighed apart: the joins of
 * filters and sorts, and the fields that read every place.
 */
const selectionCost = (
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  seen: string[],
  connectionSize?: number,
): number => {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__') || !isObjectType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const type = getNamedType(field.type);
      if (!isCompositeType(type)) continue;
      const size = Math.min(pageSize(requestedPage(selection, field, walk.variables), walk.options), walk.options.reach(parent.name, field.name) ?? Infinity);
      // A `_connection` is one object whose `nodes` list has the connection's page size.
      const isConnection = selection.name.value.endsWith('_connection');
      const isNodes = selection.name.value === 'nodes' && connectionSize !== undefined;
      const isList = !isConnection && isListType(getNullableType(field.type));
      const count = multiplier * (isNodes ? connectionSize : isList ? size : 1);
      const weight = walk.options.fieldWeights[`${parent.name}.${field.name}`] ?? 0;
      cost += count + multiplier * weight + walk.options.relationWeight * joins(walk, selection, type, isConnection);
      if (selection.selectionSet) {
        cost += selectionCost(walk, selection.selectionSet, type, count, seen, isConnection ? size : undefined);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += selectionCost(walk, selection.selectionSet, type, multiplier, seen, connectionSize);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && type && isCompositeType(type) && !seen.includes(name)) {
        const key = `${name}/${connectionSize ?? ''}`;
        let known = walk.fragmentCosts.get(key);
        if (!known) {
          const [one, two] = [1, 2].map((m) => selectionCost(walk, fragment.selectionSet, type, m, [...seen, name], connectionSize));
          known = [two - one, 2 * one - two];
          walk.fragmentCosts.set(key, known);
        }
        cost += multiplier * known[0] + known[1];
      }
    }
  }
  return cost;
};

/** The cost of a query operation of `document`; throws on a filter or sort it refuses. */
export const queryCost = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, options: ListCostOptions) => {
  const root = schema.getQueryType();
  if (!root || operation.operation !== 'query') return 0;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return selectionCost({ schema, fragments, variables, options, fragmentCosts: new Map() }, operation.selectionSet, root, 1, []);
};

/** What plugin-graphql passes its resolvers: the Koa context, whose state the rate-limit middleware filled. */
type Context = { koaContext?: { state: { queryCostBudget?: CostBudget } } };

export const listCostPlugin = (options: ListCostOptions): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, schema, contextValue }) {
        // No operation matches operationName: execution refuses the request.
        if (!operation) return;
        const cost = queryCost(schema, document, operation, request.variables ?? {}, options);
        if (cost > options.maxCost) {
          const weights = Object.entries(options.fieldWeights).map(([field, weight]) => `${field.split('.')[1]} ${weight}`);
          throw new GraphQLError(
            `Query cost ${cost} exceeds the maximum of ${options.maxCost}. Every object counts 1 and lists multiply by their page size, a nested one by at most the entries it can hold; ` +
              `each relation that a list's filters or sort go through counts ${options.relationWeight}, and ${weights.join(' and ')}. ` +
              'Ask for smaller pages, fewer nested lists or fewer aliases.',
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: options.maxCost, http: { status: 400 } } },
          );
        }
        const budget = contextValue.koaContext?.state.queryCostBudget;
        const retryAfter = budget ? await chargeQueryCost(budget, cost) : null;
        if (budget && retryAfter) {
          throw new GraphQLError(
            `Too much query cost: at most ${budget.points} a minute (this query costs ${cost}). Try again in ${retryAfter} s, ` +
              'or ask for smaller pages; a query the CMS answers from its cache costs nothing.',
            { extensions: { code: 'RATE_LIMITED', retryAfter, cost, budget: budget.points, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } } },
          );
        }
      },
    };
  },
});
