import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { appDir } from '../../scripts/strapi-app.mjs';
import { freshDatabase, previewToken } from './cms';
import { cmsEnv } from './env';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/**
 * Boots the CMS from dist/ in a process of its own, as `strapi start` does, on a fresh copy of the
 * seeded database: for tests that read what it writes to stdout.
 */
export const startCmsProcess = async (env: Record<string, string> = {}) => {
  const database = await freshDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', `const app = await import('./scripts/strapi-app.mjs'); await (await app.loadStrapi()).listen();`],
    {
      cwd: appDir,
      env: { PATH: process.env.PATH, ...cmsEnv(database, inject('publicDir'), previewToken()), PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]))) child.kill('SIGKILL');
      await exited;
    }
    await database.drop();
  };

  for (let started = Date.now(); ; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`The CMS exited with ${child.exitCode}:\n${stdout}\n${stderr}`);
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) break;
    if (Date.now() - started > 120_000) {
      await stop();
      throw new Error(`The CMS did not answer within 120 s:\n${stdout}\n${stderr}`);
    }
  }

  /** Complete lines written to stdout so far. */
  const lines = () => stdout.split('\n').slice(0, -1);
  return { url, lines, stderr: () => stderr, stop };
};
