import { log } from '../logging/log';
import type { ReachCounter, ReachRow } from './counter';

/** Rows in one request: the CMS takes at most 1,000 (cms/src/reach/batch.ts). */
export const BATCH_ROWS = 1000;

type Settings = {
  counter: ReachCounter;
  /** The CMS's batch route, e.g. http://127.0.0.1:1337/api/reach-counts/batch. */
  endpoint: string;
  /** The add-only reach token (REACH_TOKEN). */
  token: string;
  timeoutMs: number;
  intervalMs: number;
};

/** A refusal that sending again cannot change (a bad row, a wrong token); anything else is tried again. */
const isFinal = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

/**
 * Sends the counter's rows to the CMS every `intervalMs` and when the process stops. Rows the CMS
 * did not take (unreachable, 5xx, 429) go back into the counter for the next flush; rows it refused
 * for good are dropped and logged by number only.
 */
export const createSender = ({ counter, endpoint, token, timeoutMs, intervalMs }: Settings) => {
  let inFlight: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const post = async (rows: ReachRow[]) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ data: rows }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.status;
  };

  const send = async () => {
    const { rows, dropped } = counter.take();
    if (dropped) log.warn('Reach counts dropped: too many distinct pages, sites or feeds between two flushes', { dropped });
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const batch = rows.slice(start, start + BATCH_ROWS);
      const status = await post(batch).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      if (status === 204 || status === 200) continue;
      if (typeof status === 'number' && isFinal(status)) {
        log.error('The CMS refused reach counts', { status, rows: batch.length });
        continue;
      }
      counter.giveBack(rows.slice(start));
      log.warn('Reach counts kept for the next flush', { cause: typeof status === 'number' ? `HTTP ${status}` : status, rows: rows.length - start });
      return;
    }
  };

  /** One flush at a time; a flush asked for during another waits for it and then sends what came since. */
  const flush = async (): Promise<void> => {
    while (inFlight) await inFlight;
    if (counter.size === 0) return;
    inFlight = send().finally(() => {
      inFlight = undefined;
    });
    await inFlight;
  };

  return {
    flush,
    start() {
      timer ??= setInterval(() => void flush(), intervalMs);
      // The timer alone must not keep a stopping process alive: stop() sends the rest.
      timer.unref();
    },
    /** The last flush, when the server has answered its last request. */
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await flush();
    },
  };
};

export type Sender = ReturnType<typeof createSender>;
