// Runs the CMS and the site side by side with prefixed output; when one stops, both stop.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start } from './lib/processes.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A package's CLI run by node itself: a package-manager wrapper in between would not pass
 * on the signal that stops it, leaving the server running.
 * @param {string} workspace
 * @param {string} file
 */
export const bin = (workspace, file) => [process.execPath, join(root, workspace, 'node_modules', file)];

/** cms/.env, with the process environment taking precedence as it does for Strapi. */
const cmsDotEnv = () =>
  Object.fromEntries(
    readFileSync(join(root, 'cms', '.env'), 'utf8')
      .split('\n')
      .flatMap((line) => {
        const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
        return match ? [[match[1], match[2]]] : [];
      }),
  );

/**
 * What the site needs from the CMS's configuration: where it listens, the shared webhook secret,
 * its read token, the create-only API token the proposal form stores with, the edit pages' API
 * token, the add-only token of the reach counts, and the preview token and secret.
 */
export const cmsSettings = () => {
  const env = { ...cmsDotEnv(), ...process.env };
  return {
    port: process.env.CMS_PORT || env.PORT || '1337',
    revalidateSecret: env.REVALIDATE_SECRET || '',
    siteToken: env.SITE_TOKEN || '',
    submissionToken: env.SUBMISSION_TOKEN || '',
    editToken: env.EDIT_TOKEN || '',
    reachToken: env.REACH_TOKEN || '',
    previewToken: env.PREVIEW_TOKEN || '',
    previewSecret: env.PREVIEW_SECRET || '',
  };
};

/**
 * Runs the commands side by side, each line of their output prefixed with their name; when one
 * stops, the others are stopped too. Each is signalled once at most: a server already shutting
 * down, perhaps by the same signal sent to the whole process group, must not be hit again.
 * @param {{ name: string, command: string, args: string[], cwd: string, env: Record<string, string | undefined>, ready: RegExp }[]} commands
 * @param {{ onReady?: () => void }} [options]
 */
export const runTogether = (commands, { onReady } = {}) => {
  const children = commands.map(({ name, command, args, cwd, env, ready }) => {
    const child = start(name, command, args, { cwd: join(root, cwd), env: { ...process.env, ...env }, echo: true });
    const entry = { child, ready: false, signalled: false };
    for (const stream of [child.process.stdout, child.process.stderr]) {
      stream?.on('data', (chunk) => {
        if (entry.ready || !ready.test(String(chunk))) return;
        entry.ready = true;
        if (children.every((other) => other.ready)) onReady?.();
      });
    }
    void child.exited.then(({ code, signal }) => {
      console.log(`[${name}] stopped (${code ?? signal})`);
      // The first failure decides: the other process then stopping cleanly must not hide it.
      process.exitCode ||= code ?? 1;
      stopAll('SIGTERM');
    });
    return entry;
  });
  /** @param {NodeJS.Signals} signal */
  const stopAll = (signal) => {
    for (const entry of children) {
      const { exitCode, signalCode } = entry.child.process;
      if (entry.signalled || exitCode !== null || signalCode !== null) continue;
      entry.signalled = true;
      entry.child.process.kill(signal);
    }
  };
  /** @type {NodeJS.Signals[]} */
  const signals = ['SIGINT', 'SIGTERM'];
  for (const signal of signals) process.on(signal, () => stopAll(signal));
};
