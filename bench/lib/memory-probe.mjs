// Loaded into the site's process by bench/memory.mjs (`node --import …/memory-probe.mjs server.js`):
// writes process.memoryUsage() every 50 ms as a line of JSON to MEMORY_PROBE_FILE, and on SIGHUP
// collects garbage first (with --expose-gc) and writes that sample marked `gc`, the live heap.
import { appendFileSync, writeFileSync } from 'node:fs';

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  writeFileSync(file, '');
  /** @param {string} [mark] */
  const sample = (mark) => {
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ t: Date.now(), rss, heapUsed, heapTotal, external, arrayBuffers, ...(mark ? { mark } : {}) })}\n`);
  };
  setInterval(sample, 50).unref();
  process.on('SIGHUP', () => {
    const collect = /** @type {{ gc?: () => void }} */ (globalThis).gc;
    if (collect) {
      collect();
      collect();
    }
    sample('gc');
  });
}
