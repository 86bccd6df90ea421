/** A day in milliseconds: what retention periods and daily limits count in. */
export const DAY_MS = 24 * 60 * 60 * 1000;
