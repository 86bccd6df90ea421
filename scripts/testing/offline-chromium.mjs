// Debian's chromium as the browser tests and the bench's page-weight and Lighthouse runs start it:
// nothing leaves this machine.

export const CHROMIUM = '/usr/bin/chromium';

/** Flags for every run; each adds its own headless mode and extras. */
export const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Every host but this machine is unresolvable: nothing can leave it, and a try still shows up.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export const isLocal = (/** @type {string} */ url) => {
  const { protocol, hostname } = new URL(url);
  return ['data:', 'blob:', 'about:'].includes(protocol) || ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
};
