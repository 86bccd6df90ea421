import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Ids the website, a reverse proxy or a partner may send; anything else is replaced, never logged. */
const WELL_FORMED = /^[A-Za-z0-9-]{8,64}$/;

/** The caller's X-Request-Id when it is well-formed, else a new one. */
export const requestIdFrom = (header: string | undefined) => (header && WELL_FORMED.test(header) ? header : randomUUID());

const current = new AsyncLocalStorage<string>();

/** Runs one request's work; every line logged during it, however deep, carries its id. */
export const withRequestId = <T>(id: string, run: () => T) => current.run(id, run);

/**
 * The logger's defaultMeta: winston copies its properties into each line when the line is logged,
 * synchronously in the caller's async context. A format would be too late, since under back
 * pressure winston formats buffered lines after the request has moved on.
 */
export const requestMeta = {
  get requestId() {
    return current.getStore();
  },
};
