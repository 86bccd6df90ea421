/** The body Strapi's REST API answers an error with, for answers we write ourselves. */
export const restError = (status: number, name: string, message: string, details: Record<string, unknown> = {}) => ({
  data: null,
  error: { status, name, message, details },
});
