/** An answer's JSON body, typed as the test expects it. */
export const readJson = async <T>(response: Response): Promise<T> =>
  // Whatever the server sent: the test's own assertions check its shape; the type spares them a guard each.
  (await response.json()) as T;

/** Sends a request with a JSON body, if any; the answer's body is null where it has none. */
export const sendJson = async <T>(url: string, method: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await readJson<T>(response).catch(() => null) };
};
