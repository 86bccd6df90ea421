// The one set of helpers for the child processes of the scripts, the tests and the bench: a free
// port, a start that keeps (and on request echoes) the output, a wait until it answers, and a stop
// that is graceful first. The types live in processes.d.mts, which TypeScript callers read.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** @typedef {import('./processes.mjs').Child} Child */
/** @typedef {import('./processes.mjs').Exit} Exit */

/** @type {typeof import('./processes.mjs').freePort} */
export const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });

/** @type {typeof import('./processes.mjs').cleanEnv} */
export const cleanEnv = () => {
  // Only what node, pnpm and node-gyp need: nothing from a developer's shell, .env or vitest leaks in.
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT', 'npm_config_nodedir'];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
};

/** @type {typeof import('./processes.mjs').relayLines} */
export const relayLines = (prefix, stream, out) => {
  let partial = '';
  stream.on('data', (chunk) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) out.write(`${prefix} ${line}\n`);
  });
  stream.on('end', () => partial && out.write(`${prefix} ${partial}\n`));
};

/** @type {typeof import('./processes.mjs').describeExit} */
export const describeExit = ({ code, signal }) => (code === null ? `signal ${signal}` : `code ${code}`);

/** Killed if this process ends first, so that a failed run leaves no server behind. */
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** @type {typeof import('./processes.mjs').start} */
export const start = (name, command, args, { cwd, env, stdoutFile, echo = false }) => {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  if (stdoutFile) child.stdout.pipe(createWriteStream(stdoutFile, { flags: 'a' }));
  if (echo) {
    relayLines(`[${name}]`, child.stdout, process.stdout);
    relayLines(`[${name}]`, child.stderr, process.stderr);
  }
  let tail = '';
  /** @param {Buffer} chunk */
  const keep = (chunk) => {
    tail = (tail + chunk.toString()).slice(-12_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  /** @type {Promise<Exit>} */
  const exited = new Promise((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
    child.once('error', (error) => {
      // Only a process that never started ends here; a failed kill leaves it running.
      if (child.pid !== undefined) return;
      tail += `\n${error.message}`;
      done({ code: -1, signal: null });
    });
  });
  void exited.then(() => running.delete(child));
  return { name, process: child, output: () => tail, exited };
};

/** @type {typeof import('./processes.mjs').run} */
export const run = async (name, command, args, options) => {
  const started = Date.now();
  const child = start(name, command, args, options);
  const exit = await child.exited;
  if (exit.code !== 0) throw new Error(`${name} failed (${describeExit(exit)}):\n${child.output()}`);
  return Date.now() - started;
};

/** @type {typeof import('./processes.mjs').httpOk} */
export const httpOk = (url, init = {}) => async () => {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
  await response.arrayBuffer();
  return response.ok;
};

/** @type {typeof import('./processes.mjs').waitFor} */
export const waitFor = async (child, what, probe, timeoutMs) => {
  const started = Date.now();
  /** @type {Exit | undefined} */
  let exit;
  void child.exited.then((ended) => (exit = ended));
  while (Date.now() - started < timeoutMs) {
    if (exit) throw new Error(`${child.name} exited (${describeExit(exit)}) before ${what}:\n${child.output()}`);
    if (await probe().catch(() => false)) return Date.now() - started;
    await sleep(250);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}:\n${child.output()}`);
};

/** @type {typeof import('./processes.mjs').stop} */
export const stop = async (child, { signal = 'SIGTERM', timeoutMs = 8_000 } = {}) => {
  if (!child) return undefined;
  if (child.process.exitCode === null && child.process.signalCode === null) {
    child.process.kill(signal);
    const timeout = new AbortController();
    const overdue = sleep(timeoutMs, true, { signal: timeout.signal }).catch(() => false);
    if (await Promise.race([child.exited.then(() => false), overdue])) child.process.kill('SIGKILL');
    timeout.abort();
  }
  return child.exited;
};
