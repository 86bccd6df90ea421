const isReset = (failure: unknown) =>
  failure instanceof Error && failure.cause instanceof Error && 'code' in failure.cause && failure.cause.code === 'ECONNRESET';

/**
 * fetch, sent once more where the server had already closed the kept-alive socket: Strapi and the
 * tests share one event loop, so after a long synchronous stretch (building the schema, say) the
 * client may reuse a socket that the server closed meanwhile without reading from it.
 */
export const fetchOnLiveSocket = async (url: string, init: RequestInit) => {
  try {
    return await fetch(url, init);
  } catch (failure) {
    if (!isReset(failure)) throw failure;
    return fetch(url, init);
  }
};

/** An answer's JSON body, typed as the test expects it. */
export const readJson = async <T>(response: Response): Promise<T> =>
  // Whatever the server sent: the test's own assertions check its shape; the type spares them a guard each.
  (await response.json()) as T;

/** Sends a request with a JSON body, if any; the answer's body is null where it has none. */
export const sendJson = async <T>(url: string, method: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await fetchOnLiveSocket(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await readJson<T>(response).catch(() => null) };
};
