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

let isoLocales: Set<unknown> | undefined;
const isLocaleCode = (value: unknown) => {
  isoLocales ??= new Set(strapi.plugin('i18n').service('iso-locales').getIsoLocales().map((locale: { code: string }) => locale.code));
  return value === '*' || isoLocales.has(value);
};

/**
 * Checks what GraphQL's types let through. `documentId` is an `ID`, which may be any string: one
 * that Strapi cannot have made names no document, so it is the caller's mistake rather than a
 * null. i18n's I18NLocaleCode checks a locale written in the query but takes one from a variable
 * unchecked, so an SQL or HTML payload reached the database as a locale: variables get the same check.
 */
export const argumentsPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        visit(document, {
          Argument(node) {
            const variable = node.value.kind === Kind.VARIABLE ? node.value.name.value : undefined;
            const value = variable === undefined ? valueFromASTUntyped(node.value) : request.variables?.[variable];
            if (node.name.value === 'documentId' && !DOCUMENT_ID.test(String(value))) {
              throw invalidArgument('documentId', 'a document id has 1 to 64 lowercase letters and digits.');
            }
            if (node.name.value === 'locale' && variable !== undefined && value !== undefined && value !== null && !isLocaleCode(value)) {
              throw invalidArgument('locale', 'not a locale code such as "de" or "en".');
            }
          },
        });
      },
    };
  },
});
