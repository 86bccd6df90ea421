import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { inject } from 'vitest';
import { freePort } from './ports';

/**
 * Another server of the built site, with the given settings, once it listens. Its stdout is read to
 * the end (into `logFile`, if given): a pipe closed early would fail its next log line with EPIPE.
 */
export const startSiteServer = async (env: Record<string, string>, logFile?: string, port?: number) => {
  port ??= await freePort();
  const server = spawn(process.execPath, ['server.js'], {
    cwd: inject('siteDir'),
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (logFile) server.stdout.pipe(createWriteStream(logFile));
  await new Promise<void>((listening, failed) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('Listening on') && listening());
    server.on('exit', (code) => failed(new Error(`The site exited (${code}) before it listened`)));
  });
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill('SIGTERM');
    await once(server, 'exit');
  };
  return { url: `http://127.0.0.1:${port}`, pid: server.pid as number, stop };
};
