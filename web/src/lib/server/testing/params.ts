import { InvalidParamError } from '../directory-params';

/** The parameter that `parse` refuses in a query string, or null when it reads the query. */
export const refusedParam = (parse: (params: URLSearchParams) => unknown) => (query: string) => {
  try {
    parse(new URLSearchParams(query));
    return null;
  } catch (failure) {
    if (failure instanceof InvalidParamError) return failure.param;
    throw failure;
  }
};
