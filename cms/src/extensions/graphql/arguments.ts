import { GraphQLError } from 'graphql';

/**
 * A refused argument of a custom query: a 400 whose message and `extensions.argument` name it,
 * so that a partner's client can point at the field to fix.
 */
export const invalidArgument = (argument: string, message: string) =>
  new GraphQLError(`Invalid argument ${argument}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } },
  });
