/**
 * True for the failure of reading a request body over BODY_SIZE_LIMIT: the server refuses it
 * with a 413 while it is read, which fetch's body readers may pass on wrapped.
 */
export const isBodyTooLarge = (failure: unknown) =>
  [failure, (failure as { cause?: unknown } | null)?.cause].some((reason) => (reason as { status?: unknown } | null)?.status === 413);
