import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { inputErrorMessage } from '../http/input-error-message';

/** The extensions a client may see: the code, and what our own errors add for the caller. */
const PUBLIC_EXTENSIONS = ['code', 'cost', 'maxCost', 'budget', 'retryAfter', 'argument'];

const strapiCode = (error: Error) => {
  if (error instanceof errors.ForbiddenError || error instanceof errors.UnauthorizedError) return 'FORBIDDEN';
  if (error instanceof errors.ValidationError) return 'BAD_USER_INPUT';
  if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) {
    return `STRAPI_${error.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
  }
  return null;
};

const answer = (formatted: GraphQLFormattedError, message: string, code: unknown): GraphQLFormattedError => {
  const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.includes(key)));
  return {
    message,
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
    extensions: { ...extensions, code },
  };
};

/**
 * Replaces plugin-graphql's formatError, which copies the original error's name, message and
 * details into `extensions.error`: for a database error that is the SQL statement. Every error
 * now carries its message, its code and the extensions listed above, nothing else; an error
 * that is neither GraphQL's, Strapi's nor a refused value is logged and answered generically.
 */
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError) return answer(formatted, formatted.message, formatted.extensions?.code);
  if (original instanceof Error) {
    const code = strapiCode(original);
    if (code) return answer(formatted, original.message, code);
    const refused = inputErrorMessage(original);
    if (refused) return answer(formatted, refused, 'BAD_USER_INPUT');
  }
  strapi.log.error(original);
  return answer({ message: '' }, 'Internal Server Error', 'INTERNAL_SERVER_ERROR');
};

const hasData = (data: Record<string, unknown> | null | undefined) => Object.values(data ?? {}).some((value) => value !== null);

/**
 * A value refused while the query ran (Strapi's validation of sort and filters, or the
 * database's) reaches the client as a 200 with errors, as graphql-js reports resolver errors.
 * When nothing else was answered, it is the caller's mistake alone: 400.
 */
export const badInputStatusPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.http.status) return;
        const { errors: reported, data } = response.body.singleResult;
        if (reported?.length && !hasData(data) && reported.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
          response.http.status = 400;
        }
      },
    };
  },
});
