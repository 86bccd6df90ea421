import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export type LogLine = {
  time: string;
  level: string;
  message: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  cache?: string;
};

/** adapter-node's own start message, printed with console.log before any hook runs: the one plain line. */
export const ADAPTER_NODE_START = /^Listening on /;

/** The complete lines a process has written to its log so far. */
export const rawLines = (file: string) => readFileSync(file, 'utf8').split('\n').slice(0, -1);

/** Every line as JSON; throws at the first that is not one JSON object. */
export const jsonLines = (lines: string[]) =>
  lines.map((line) => {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`Not a JSON object: ${line}`);
    return parsed as LogLine;
  });

/** The JSON lines of one request, once `until` holds for them (a line is written when its request is done). */
export const linesOf = async (file: string, requestId: string, until: (lines: LogLine[]) => boolean, timeoutMs = 5_000) => {
  for (let waited = 0; ; waited += 100) {
    const own = jsonLines(rawLines(file).filter((line) => !ADAPTER_NODE_START.test(line))).filter((line) => line.requestId === requestId);
    if (until(own)) return own;
    if (waited >= timeoutMs) throw new Error(`No lines of ${requestId} as expected in ${file}: ${JSON.stringify(own)}`);
    await sleep(100);
  }
};
