import autocannon from 'autocannon';
import { rssBytes } from '../../../../scripts/lib/proc.mjs';

/** One answer under load: when it arrived (ms since the epoch), its status and how long it took. */
export type Answer = { at: number; status: number; latencyMs: number };

export type LoadResult = {
  answers: Answer[];
  /** Requests that got no answer: refused or reset connections, and timeouts. */
  failures: { at: number; error: string }[];
  durationS: number;
};

/**
 * Loads the site from autocannon on loopback. Each connection asks for `paths` in turn, over and
 * over; `rate` bounds the requests per second of all connections together. Runs until `stop()` or
 * `durationS`, whichever comes first.
 */
export const loadSite = (url: string, paths: string[], { connections, rate, durationS }: { connections: number; rate?: number; durationS: number }) => {
  const answers: Answer[] = [];
  const failures: LoadResult['failures'] = [];
  const started = Date.now();
  let instance: autocannon.Instance | undefined;
  const done = new Promise<LoadResult>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        ...(rate ? { overallRate: rate } : {}),
        duration: durationS,
        timeout: 10,
        requests: paths.map((path) => ({ method: 'GET', path })),
      },
      (error) => (error ? reject(error) : resolve({ answers, failures, durationS: (Date.now() - started) / 1000 })),
    );
    instance.on('response', (_client, status, _bytes, latencyMs) => answers.push({ at: Date.now(), status, latencyMs }));
    instance.on('reqError', (error) => failures.push({ at: Date.now(), error: String(error?.code ?? error) }));
  });
  return { done, stop: () => instance?.stop() };
};

/** How many answers got each status, e.g. { 200: 5120, 503: 3 }. */
export const statusCounts = (answers: Answer[]) => {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN;
};

/** The resident memory of a process in MB. */
export const rssMb = (pid: number) => rssBytes(pid) / 1024 / 1024;

/** Every page the site lists in its sitemap, as a path: each public page type, in both languages. */
export const sitemapPaths = async (siteUrl: string) => {
  const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
};
