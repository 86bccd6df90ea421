// One load scenario with autocannon: fixed duration, fixed connections, exact latency percentiles.
import autocannon from 'autocannon';

/**
 * What one scenario sends. With `paths`, the requests go to those paths of `url`'s origin in turn,
 * one list shared by all connections, so that every path is requested about equally often.
 * @typedef {{ url: string, method?: 'GET' | 'POST', headers?: Record<string, string>, body?: string, paths?: string[] }} Request
 */
/**
 * What one scenario measured.
 * @typedef {{ requests: number, requestsPerSecond: number, latencyMs: { p50: number | null, p95: number | null, p99: number | null, max: number | null }, errors: number, statuses: Record<number, number>, bytesPerResponse: number }} Measurement
 */

/**
 * Exact percentile of sorted latencies (ms); autocannon's own summary has no p95.
 * @param {number[]} sorted
 * @param {number} p
 */
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);

/**
 * @param {autocannon.Options} options
 * @returns {Promise<{ result: autocannon.Result, latencies: number[], statuses: Record<number, number> }>}
 */
const run = (options) =>
  new Promise((resolve, reject) => {
    /** @type {number[]} */
    const latencies = [];
    /** @type {Record<number, number>} */
    const statuses = {};
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, latencies, statuses })));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });

/**
 * autocannon's options for a request; a list of paths becomes one request whose path each
 * connection sets anew before sending (autocannon calls setupRequest for every request).
 * @param {Request} request
 * @param {number} connections
 * @returns {autocannon.Options}
 */
const optionsFor = (request, connections) => {
  const options = { url: request.url, method: request.method ?? 'GET', headers: request.headers, body: request.body, connections, timeout: 10 };
  const { paths } = request;
  if (!paths?.length) return options;
  let next = 0;
  return { ...options, requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }] };
};

/**
 * Runs `request` for `duration` seconds after `warmup` seconds that are not counted; `alongside`,
 * if given, starts when the counted run does (e.g. publishing while the site is under load) and is
 * awaited with it.
 * @param {Request} request
 * @param {{ duration: number, connections: number, warmup: number }} settings
 * @param {() => Promise<unknown>} [alongside]
 * @returns {Promise<Measurement>}
 */
export const measure = async (request, { duration, connections, warmup }, alongside) => {
  const options = optionsFor(request, connections);
  // Fills caches and warms the JIT; not counted.
  if (warmup > 0) await run({ ...options, duration: warmup });
  const [{ result, latencies, statuses }] = await Promise.all([run({ ...options, duration }), alongside?.()]);
  latencies.sort((a, b) => a - b);
  /** @param {number | null} value */
  const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round((latencies.length / result.duration) * 10) / 10,
    latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? null) },
    // autocannon counts timeouts among the errors.
    errors: result.errors + result.non2xx,
    statuses,
    bytesPerResponse: latencies.length ? Math.round(result.throughput.total / latencies.length) : 0,
  };
};
