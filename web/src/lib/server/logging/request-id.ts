import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Ids a reverse proxy may send (the CMS takes the same); anything else is replaced, never logged. */
const WELL_FORMED = /^[A-Za-z0-9-]{8,64}$/;

/** The proxy's X-Request-Id when it is well-formed, else a new one. */
export const requestIdFrom = (header: string | null) => (header && WELL_FORMED.test(header) ? header : randomUUID());

const current = new AsyncLocalStorage<string>();

/** Runs one request; everything it logs and every CMS call it makes carry its id. */
export const withRequestId = <T>(id: string, run: () => T) => current.run(id, run);

export const currentRequestId = () => current.getStore();
