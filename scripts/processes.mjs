// Runs the CMS and the site side by side with prefixed output; when one stops, both stop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A package's CLI run by node itself: a package-manager wrapper in between would not pass
 * on the signal that stops it, leaving the server running.
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
 * its read token, the create-only API token the proposal form stores with, and the preview token
 * and secret.
 */
export const cmsSettings = () => {
  const env = { ...cmsDotEnv(), ...process.env };
  return {
    port: process.env.CMS_PORT || env.PORT || '1337',
    revalidateSecret: env.REVALIDATE_SECRET || '',
    siteToken: env.SITE_TOKEN || '',
    submissionToken: env.SUBMISSION_TOKEN || '',
    previewToken: env.PREVIEW_TOKEN || '',
    previewSecret: env.PREVIEW_SECRET || '',
  };
};

export const runTogether = (commands, { onReady } = {}) => {
  const children = commands.map(({ name, command, args, cwd, env, ready }) => {
    const child = spawn(command, args, { cwd: join(root, cwd), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = `[${name}]`.padEnd(6);
    let pending = ready;
    const relay = (stream, out) =>
      stream.on('data', (chunk) => {
        for (const line of String(chunk).split('\n').filter(Boolean)) out.write(`${prefix} ${line}\n`);
        if (pending && pending.test(String(chunk))) {
          pending = undefined;
          if (children.every((c) => !c.pending())) onReady?.();
        }
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('exit', (code) => {
      console.log(`${prefix} stopped (${code ?? 'signal'})`);
      for (const other of children) other.process.kill('SIGTERM');
      // The first failure decides: the other process then stopping cleanly must not hide it.
      process.exitCode ||= code ?? 1;
    });
    return { process: child, pending: () => pending !== undefined };
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => children.forEach((c) => c.process.kill(signal)));
  }
};
