import type { Server } from 'node:http';
import type { Core } from '@strapi/strapi';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
/** Requests still unanswered after this are cut, so that a stop ends within a service manager's usual 10 s. */
const DRAIN_MS = 8_000;

/** Stops accepting connections and resolves once every request in flight is answered. */
const drain = (server: Server) =>
  new Promise<void>((drained) => {
    // A keep-alive connection would hold close() open: each is closed as soon as it is idle.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const overdue = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(overdue);
      drained();
    });
    server.closeIdleConnections();
  });

/**
 * Strapi 5.54 answers SIGTERM and SIGINT with `destroy()` at once (`destroyOnSignal`, which
 * createStrapi installs as `terminateStrapi`): its HTTP server cuts every connection, requests in
 * flight go unanswered, and a second signal after destroy() has removed every listener kills the
 * process. This replaces it: the first signal stops accepting, lets the requests in flight finish,
 * destroys Strapi and exits 0; later ones are ignored.
 */
export const registerGracefulStop = (strapi: Core.Strapi) => {
  const own = SIGNALS.flatMap((signal) => process.listeners(signal).filter((listener) => listener.name === 'terminateStrapi').map((listener) => ({ signal, listener })));
  if (own.length === 0) throw new Error('graceful-stop: Strapi\'s own signal handler "terminateStrapi" was not found; check what this patch replaces');
  for (const { signal, listener } of own) process.off(signal, listener);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await drain(strapi.server.httpServer);
      await strapi.destroy();
      process.exit(0);
    } catch (failure) {
      strapi.log.error(`Stopping failed: ${failure instanceof Error ? failure.message : String(failure)}`);
      process.exit(1);
    }
  };
  for (const signal of SIGNALS) process.on(signal, stop);
};
