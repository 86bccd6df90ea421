import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, valueFromASTUntyped, visit } from 'graphql';
import { isRecord } from '../is-record';

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

const isNumber = (value: unknown): value is number => typeof value === 'number';

/**
 * Strapi reads a limit of -1 as "as many as allowed", which the list cost would count as the
 * default, and fails on page and offset together only while running: both are refused first.
 */
const checkPagination = (pagination: unknown) => {
  const { page, pageSize: size, start, limit } = isRecord(pagination) ? pagination : {};
  if ((isNumber(page) || isNumber(size)) && (isNumber(start) || isNumber(limit))) {
    throw invalidArgument('pagination', 'use either page and pageSize, or start and limit.');
  }
  if ([page, size, limit].some((n) => isNumber(n) && n < 1)) throw invalidArgument('pagination', 'page, pageSize and limit must be at least 1.');
  if (isNumber(start) && start < 0) throw invalidArgument('pagination', 'start must not be negative.');
};

/**
 * Checks what GraphQL's types let through: a pagination Strapi would misread, at every list and
 * through variables. `documentId` is an `ID`, which may be any string: one that Strapi cannot
 * have made names no document, so it is the caller's mistake rather than a null. i18n's
 * I18NLocaleCode checks a locale written in the query but takes one from a variable
 * unchecked, so an SQL or HTML payload reached the database as a locale: variables get the same check.
 */
export const argumentsPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        visit(document, {
          Argument(node) {
            const isVariable = node.value.kind === Kind.VARIABLE;
            const value = valueFromASTUntyped(node.value, request.variables);
            if (node.name.value === 'pagination') checkPagination(value);
            if (node.name.value === 'documentId' && !DOCUMENT_ID.test(String(value))) {
              throw invalidArgument('documentId', 'a document id has 1 to 64 lowercase letters and digits.');
            }
            if (node.name.value === 'locale' && isVariable && value !== undefined && value !== null && !isLocaleCode(value)) {
              throw invalidArgument('locale', 'not a locale code such as "de" or "en".');
            }
          },
        });
      },
    };
  },
});
