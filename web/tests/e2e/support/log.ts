export const log = (message: string) => console.log(`[e2e] ${message}`);

/** Whether the servers' output is echoed to the test's, each line prefixed with its name. */
export const echo = Boolean(process.env.E2E_VERBOSE);
