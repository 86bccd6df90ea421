import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { canReadDrafts } from '../access/preview-access';

type Context = { state?: { auth?: Parameters<typeof canReadDrafts>[0] } };

const argumentValue = (node: ValueNode, variables: Record<string, unknown>) => {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.ENUM || node.kind === Kind.STRING) return node.value;
  return undefined;
};

/** Any `status` argument, at the root or on a nested relation, other than PUBLISHED. */
const asksForDrafts = (document: DocumentNode, variables: Record<string, unknown>) => {
  let found = false;
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'status') return;
      const value = argumentValue(node.value, variables);
      if (value !== undefined && value !== null && String(value).toUpperCase() !== 'PUBLISHED') found = true;
    },
  });
  return found;
};

/**
 * Strapi's relation resolvers read the database directly and inherit the root status, and
 * they also accept their own `status` argument, so a guard on document-service calls alone
 * would miss nested drafts. This plugin checks the whole operation before it runs.
 */
export const draftGuardPlugin = (): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, contextValue }) {
        if (!asksForDrafts(document, request.variables ?? {})) return;
        if (canReadDrafts(contextValue.state?.auth)) return;
        throw new GraphQLError('Drafts can only be read with the preview token.', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      },
    };
  },
});
