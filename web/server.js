// The production entry, `node server.js`: adapter-node's own server (its environment variables,
// graceful shutdown and socket activation unchanged) behind the app's front door
// (src/lib/server/front-door), which every request passes first: it sets the security headers,
// gives the request its id, logs it, and answers cached pages before SvelteKit is involved.
import { server } from './build/index.js';

// Published by the app's init hook while the build was imported (src/hooks.server.ts).
const frontDoor = globalThis[Symbol.for('kreativorte.front-door')];
if (typeof frontDoor !== 'function') throw new Error('The built app has published no front door: see src/hooks.server.ts.');

const [adapterNode] = server.server.listeners('request');
server.server.removeAllListeners('request');
server.server.on('request', (request, response) => frontDoor(request, response, () => adapterNode(request, response)));

// adapter-node stops on SIGTERM or SIGINT once every request is answered, then waits for the event
// loop to empty, which an open socket or timer may put off for ever: exit 0 as soon as it has closed,
// and the app has sent what it still holds (the reach counts of the last seconds).
const lastWords = globalThis[Symbol.for('kreativorte.last-words')];
process.on('sveltekit:shutdown', () => {
  const said = typeof lastWords === 'function' ? lastWords() : Promise.resolve();
  void said.catch(() => {}).finally(() => process.exit(0));
});
