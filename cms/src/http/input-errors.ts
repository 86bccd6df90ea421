import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { inputErrorMessage } from './input-error-message';

/**
 * REST's side of input-error-message.ts (GraphQL's is its formatError): a value the database
 * refused becomes a ValidationError, which strapi::errors, just outside, answers with a 400.
 */
export default (() =>
  async (_ctx, next) => {
    try {
      await next();
    } catch (error) {
      const message = inputErrorMessage(error);
      throw message ? new errors.ValidationError(message) : error;
    }
  }) satisfies Core.MiddlewareFactory;
