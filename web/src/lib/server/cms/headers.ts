import { currentRequestId } from '../logging/request-id';

/** Headers of every call to the CMS: the token, and the visitor's request id, under which the CMS logs the call too. */
export const cmsHeaders = (token?: string): Record<string, string> => {
  const requestId = currentRequestId();
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(requestId ? { 'x-request-id': requestId } : {}) };
};
