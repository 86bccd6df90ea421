// Child processes of a bench run: started with a readiness probe, stopped on exit, measured by RSS.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: Record<string, string> }} options
 */
export const start = (name, command, args, { cwd, env }) => {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
    if (process.env.BENCH_VERBOSE) process.stdout.write(`[${name}] ${chunk}`);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => running.delete(child));
  return { name, child, exited, output: () => output };
};

/** Waits until `probe` answers true; fails at once if the process dies first. */
export const waitUntil = async (proc, what, probe, timeoutMs) => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}) before ${what}:\n${proc.output()}`);
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}:\n${proc.output()}`);
};

export const stop = async (proc) => {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const exited = await Promise.race([proc.exited.then(() => true), sleep(8_000).then(() => false)]);
  if (!exited) {
    proc.child.kill('SIGKILL');
    await proc.exited;
  }
};

/** Resident memory in bytes, from /proc (Linux). */
export const rssOf = (pid) => {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
};

/** Samples the processes' RSS every 100 ms until stopped; returns the peak of each. */
export const sampleRss = (procs) => {
  const peaks = Object.fromEntries(procs.map((p) => [p.name, 0]));
  const sample = () => {
    for (const p of procs) {
      try {
        peaks[p.name] = Math.max(peaks[p.name], rssOf(p.child.pid));
      } catch {
        // The process has gone; its peak so far stands.
      }
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    sample();
    return peaks;
  };
};
