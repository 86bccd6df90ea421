// What Linux's /proc tells about processes: the tests find the servers behind `pnpm start:prod`
// there, read the environment they really run with and watch them stop; the bench and the soak
// test read their memory.
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** @param {string} pid */
const parentOf = (pid) => {
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined; // gone meanwhile
  }
};

/**
 * Every process below `pid`, with its working directory, command line and environment.
 * @type {typeof import('./proc.mjs').descendants}
 */
export const descendants = (pid) => {
  const children = new Map();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(entry);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  /** @type {import('./proc.mjs').Descendant[]} */
  const found = [];
  /** @param {number} parent */
  const visit = (parent) => {
    for (const child of children.get(parent) ?? []) {
      try {
        /** @param {string} file */
        const read = (file) => readFileSync(`/proc/${child}/${file}`, 'utf8').split('\0').filter(Boolean);
        found.push({ pid: child, cwd: readlinkSync(`/proc/${child}/cwd`), argv: read('cmdline'), environ: read('environ') });
      } catch {
        // gone meanwhile, or not ours to read
      }
      visit(child);
    }
  };
  visit(pid);
  return found;
};

/**
 * Whether the process still runs: a zombie has stopped and only waits to be reaped.
 * @type {typeof import('./proc.mjs').isRunning}
 */
export const isRunning = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

/**
 * Resident memory in bytes.
 * @type {typeof import('./proc.mjs').rssBytes}
 */
export const rssBytes = (pid) => {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`No VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
};
