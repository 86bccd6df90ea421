import { config } from '../config';
import { currentRequestId } from './request-id';

type Level = 'error' | 'warn' | 'http';
type Fields = Record<string, unknown>;

/**
 * The server's log, on stdout. With LOG_FORMAT=json (the default with NODE_ENV=production) one
 * JSON object per line: time, level, message, the request's id, and the caller's fields; else a
 * readable line. Callers pass no personal data: no addresses, form values, tokens or query strings.
 */
const write = (level: Level, message: string, fields: Fields = {}, requestId = currentRequestId()) => {
  const time = new Date().toISOString();
  if (config().jsonLogs) {
    process.stdout.write(`${JSON.stringify({ time, level, message, requestId, ...fields })}\n`);
  } else {
    const extra = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
    process.stdout.write(`[${time}] ${level}: ${message}${extra}${requestId ? ` [${requestId}]` : ''}\n`);
  }
};

export const log = {
  error: (message: string, fields?: Fields) => write('error', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  /** The front door's one line per request, written once it is answered, outside its context. */
  http: (message: string, fields: Fields, requestId: string) => write('http', message, fields, requestId),
};
