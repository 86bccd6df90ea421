/**
 * The visitor's address for a form's limits. With ADDRESS_HEADER set, a request that did not come
 * through the proxy has none, and SvelteKit throws; the form then refuses it.
 */
export const clientAddressOf = (getClientAddress: () => string) => {
  try {
    return getClientAddress();
  } catch {
    return null;
  }
};
