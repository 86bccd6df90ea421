import { isFetchError } from '@strapi/strapi/admin';

/** The HTTP status of a failed admin call, if it got an answer. */
export const failureStatus = (error: unknown) => (isFetchError(error) ? error.status : undefined);

/**
 * The German text for a failed admin call: the one given for its HTTP status, else `fallback`
 * (server errors, a lost connection).
 */
export const failureMessage = (error: unknown, byStatus: Partial<Record<number, string>>, fallback: string) => {
  const status = failureStatus(error);
  return (status === undefined ? undefined : byStatus[status]) ?? fallback;
};
