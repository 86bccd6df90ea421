// What counting reach costs the site: the same cached page from two site processes that differ
// only in REACH_TOKEN (counting on, counting off), in interleaved runs, by CPU time and throughput.
import { readFileSync } from 'node:fs';
import { measure } from './load.mjs';

/** A reader's browser: the site counts no bot, and autocannon sends no user agent of its own. */
export const READER_HEADERS = {
  'accept-encoding': 'br, gzip',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
};

/** The kernel's clock ticks a second (USER_HZ), which /proc/<pid>/stat counts CPU time in. */
const TICKS_PER_SECOND = 100;

/**
 * A process's CPU time so far (user and system), in milliseconds, from /proc/<pid>/stat.
 * @param {number} pid
 */
export const cpuMs = (pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name, in parentheses, may hold spaces: the fields are counted after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
};

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * @typedef {{ requests: number, requestsPerSecond: number, cpuUsPerRequest: number, errors: number }} CostRun
 * @typedef {{ path: string, rounds: number, on: { runs: CostRun[], cpuUsPerRequest: number, requestsPerSecond: number }, off: { runs: CostRun[], cpuUsPerRequest: number, requestsPerSecond: number }, cpuRatio: number, throughputRatio: number }} ReachCost
 */

/**
 * Runs on, off, off, on, on, off … `rounds` times each: a burst of the machine's other work then
 * lowers one run of each mode rather than one mode. CPU time is the site process's own, per answered request.
 * @param {{ on: { url: string, pid: number }, off: { url: string, pid: number }, path: string, rounds: number, settings: { duration: number, connections: number, warmup: number }, log: (message: string) => void }} options
 * @returns {Promise<ReachCost>}
 */
export const measureReachCost = async ({ on, off, path, rounds, settings, log }) => {
  /** @type {Record<'on' | 'off', CostRun[]>} */
  const runs = { on: [], off: [] };
  /** @type {['on' | 'off', { url: string, pid: number }][]} */
  const modes = [['on', on], ['off', off]];
  // Both processes are new: each renders the page once and warms its JIT before any run is measured.
  for (const [, site] of modes) await measure({ url: `${site.url}${path}`, headers: READER_HEADERS }, { ...settings, duration: Math.max(2, settings.warmup), warmup: 0 });
  for (let round = 1; round <= rounds; round++) {
    // on, off in odd rounds, off, on in even ones: neither mode always follows the other.
    for (const [mode, site] of round % 2 ? modes : [...modes].reverse()) {
      // The warm-up is measure's own and not counted, neither in requests nor in CPU time.
      const request = { url: `${site.url}${path}`, headers: READER_HEADERS };
      if (settings.warmup > 0) await measure(request, { ...settings, duration: settings.warmup, warmup: 0 });
      const before = cpuMs(site.pid);
      const result = await measure(request, { ...settings, warmup: 0 });
      const spent = cpuMs(site.pid) - before;
      const run = { requests: result.requests, requestsPerSecond: result.requestsPerSecond, cpuUsPerRequest: result.requests ? Math.round((spent * 1000) / result.requests) : 0, errors: result.errors };
      runs[mode].push(run);
      log(`reach counting ${mode}, round ${round}: ${run.requestsPerSecond} req/s, ${run.cpuUsPerRequest} µs CPU per request, ${run.errors} errors`);
    }
  }
  /** @param {CostRun[]} list */
  const summary = (list) => ({ runs: list, cpuUsPerRequest: median(list.map((r) => r.cpuUsPerRequest)), requestsPerSecond: median(list.map((r) => r.requestsPerSecond)) });
  const [counting, quiet] = [summary(runs.on), summary(runs.off)];
  return {
    path,
    rounds,
    on: counting,
    off: quiet,
    cpuRatio: Math.round((counting.cpuUsPerRequest / quiet.cpuUsPerRequest) * 1000) / 1000,
    throughputRatio: Math.round((counting.requestsPerSecond / quiet.requestsPerSecond) * 1000) / 1000,
  };
};
