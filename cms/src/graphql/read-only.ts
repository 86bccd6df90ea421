import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * The public schema has no Mutation type, but graphql-js only notices that at execution,
 * where it becomes a 200 with an internal error. Refusing during validation gives a 400.
 */
export const readOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(new GraphQLError(`This API is read-only: ${node.operation} operations are not supported.`, { nodes: [node] }));
    }
  },
});
