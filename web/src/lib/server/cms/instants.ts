/** The latest of some ISO instants, ignoring missing ones; there must be at least one. */
export const latest = (...instants: (string | null | undefined)[]) =>
  instants.filter((i): i is string => Boolean(i)).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
