import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, valueFromASTUntyped, visit } from 'graphql';

/**
 * A refused argument of a custom query: a 400 whose message and `extensions.argument` name it,
 * so that a partner's client can point at the field to fix.
 */
export const invalidArgument = (argument: string, message: string) =>
  new GraphQLError(`Invalid argument ${argument}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } },
  });

/** Strapi's document ids (cuid2): lowercase letters and digits. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/**
 * `documentId` is an `ID`, which GraphQL lets be any string. One that Strapi cannot have made
 * names no document, so it is refused as the caller's mistake rather than answered with null.
 */
export const documentIdPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        visit(document, {
          Argument(node) {
            if (node.name.value !== 'documentId') return;
            const value = node.value.kind === Kind.VARIABLE ? request.variables?.[node.value.name.value] : valueFromASTUntyped(node.value);
            if (!DOCUMENT_ID.test(String(value))) throw invalidArgument('documentId', 'a document id has 1 to 64 lowercase letters and digits.');
          },
        });
      },
    };
  },
});
