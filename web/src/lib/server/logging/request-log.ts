import { log } from './log';

export type Answered = { requestId: string; method: string; path: string; status: number; durationMs: number; cache: string | undefined };

/**
 * One `http` line per request: method, path without the query string (search terms may name
 * people), status, milliseconds until it was answered, and how the page cache answered (HIT,
 * STALE, MISS) where it did. Never the visitor's address, headers or form values.
 */
export const logRequest = ({ requestId, method, path, status, durationMs, cache }: Answered) =>
  log.http(`${method} ${path} (${durationMs} ms) ${status}`, { method, path, status, durationMs, cache }, requestId);
