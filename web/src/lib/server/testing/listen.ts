import type { Server } from 'node:net';

/** Starts `server` on a free loopback port and answers with its address, e.g. http://127.0.0.1:40123. */
export const listenLocally = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no TCP address');
  return `http://127.0.0.1:${address.port}`;
};
