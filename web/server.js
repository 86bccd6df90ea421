// The production entry, `node server.js`: adapter-node's own server (its environment variables,
// graceful shutdown and socket activation unchanged) with the security headers that belong on
// every response. They are set here because adapter-node serves the built scripts, fonts and the
// map's worker itself, before SvelteKit's hooks see a request. A response may still set its own
// value; the Content-Security-Policy comes from kit.csp and src/lib/server/security-headers.ts.
import { server } from './build/index.js';

const headers = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  // No feature of the site needs any of these; geolocation too, since nothing asks where a visitor is.
  'permissions-policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

// HSTS only where the site is reached over https: a browser would otherwise be told to insist on
// an https the server does not offer. Behind a TLS-terminating proxy, ORIGIN is https (or the
// proxy names the protocol in PROTOCOL_HEADER, as adapter-node reads it).
const HSTS = 'max-age=31536000';
const httpsOrigin = (process.env.ORIGIN ?? '').startsWith('https://');
const protocolHeader = process.env.PROTOCOL_HEADER?.toLowerCase();

server.server.prependListener('request', (request, response) => {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (httpsOrigin || (protocolHeader && request.headers[protocolHeader] === 'https')) {
    response.setHeader('strict-transport-security', HSTS);
  }
});

// adapter-node stops on SIGTERM or SIGINT once every request is answered, then waits for the event
// loop to empty, which an open socket or timer may put off for ever: exit 0 as soon as it has closed.
process.on('sveltekit:shutdown', () => process.exit(0));
