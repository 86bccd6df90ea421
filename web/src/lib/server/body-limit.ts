import { propertyOf } from './property';

/** What a request body reader's failure was: the body was over BODY_SIZE_LIMIT. */
export const TOO_LARGE = Symbol('too large');

/**
 * For a body reader's `.catch`: TOO_LARGE for a body over BODY_SIZE_LIMIT, which the server refuses
 * with a 413 while it is read and fetch's readers may pass on wrapped; null for one that cannot be read.
 */
export const unreadBody = (failure: unknown) =>
  [failure, propertyOf(failure, 'cause')].some((reason) => propertyOf(reason, 'status') === 413) ? TOO_LARGE : null;
