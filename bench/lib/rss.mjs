// The memory of the bench's servers while a scenario runs.
import { rssBytes } from '../../scripts/lib/proc.mjs';

/**
 * Samples the processes' RSS every 100 ms until stopped; returns the peak of each.
 * @param {{ name: string, process: { pid?: number } }[]} procs
 */
export const sampleRss = (procs) => {
  /** @type {Record<string, number>} */
  const peaks = Object.fromEntries(procs.map((p) => [p.name, 0]));
  const sample = () => {
    for (const p of procs) {
      try {
        peaks[p.name] = Math.max(peaks[p.name], rssBytes(p.process.pid ?? 0));
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
