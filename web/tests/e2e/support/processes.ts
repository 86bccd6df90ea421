import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export const log = (message: string) => console.log(`[e2e] ${message}`);

/** Only what a process needs to run: nothing from a developer's shell, .env or vitest (VITEST, NODE_ENV=test) leaks in. */
export const baseEnv = () => {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT', 'npm_config_nodedir'];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key] as string]] : [])));
};

/** A child process whose recent output is kept for error messages. */
export type Child = { name: string; process: ChildProcess; output: () => string; exited: Promise<number | null> };

export const start = (name: string, command: string, args: string[], options: { cwd: string; env: Record<string, string>; stdoutFile?: string }): Child => {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (options.stdoutFile) child.stdout?.pipe(createWriteStream(options.stdoutFile, { flags: 'a' }));
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-12_000);
    if (process.env.E2E_VERBOSE) process.stdout.write(`[${name}] ${chunk}`);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((done) => {
    child.on('exit', (code, signal) => done(code ?? (signal ? -1 : null)));
    child.on('error', (error) => {
      tail += `\n${error.message}`;
      done(-1);
    });
  });
  return { name, process: child, output: () => tail, exited };
};

/** Runs a command to completion; rejects with its output when it fails. */
export const run = async (name: string, command: string, args: string[], options: { cwd: string; env: Record<string, string> }) => {
  const started = Date.now();
  const child = start(name, command, args, options);
  const code = await child.exited;
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${child.output()}`);
  log(`${name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

/** Polls `probe` until it returns true; fails early when the child exits, and with its output on timeout. */
export const waitFor = async (child: Child, what: string, probe: () => Promise<boolean>, timeoutMs: number) => {
  const started = Date.now();
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  while (Date.now() - started < timeoutMs) {
    if (exitCode !== undefined) throw new Error(`${child.name} exited (code ${exitCode}) before ${what}:\n${child.output()}`);
    if (await probe().catch(() => false)) {
      log(`${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    await sleep(250);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}:\n${child.output()}`);
};

export const stop = async (child: Child | undefined) => {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const exited = await Promise.race([child.exited.then(() => true), sleep(8_000).then(() => false)]);
  if (!exited) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
};
