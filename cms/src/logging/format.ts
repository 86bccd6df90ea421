import { winston } from '@strapi/logger';

type Env = (name: string, fallback?: string) => string;

/** LOG_FORMAT: `json` (the default with NODE_ENV=production) or `pretty` (Strapi's readable lines). */
export const logsAsJson = (env: Env) => {
  const chosen = env('LOG_FORMAT', '') || (env('NODE_ENV', '') === 'production' ? 'json' : 'pretty');
  if (chosen !== 'json' && chosen !== 'pretty') throw new Error(`LOG_FORMAT must be json or pretty, not "${chosen}".`);
  return chosen === 'json';
};

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const BEARER = /\b(Bearer)\s+\S+/gi;

/**
 * A last line of defence: our own messages name no person, but a message from a library (an SQL
 * error quoting the values of a proposal, say) might carry an email address or a token. It runs
 * after format.errors(), which copies a logged Error, so the caller's Error keeps its message.
 */
const redact = winston.format((info) => {
  for (const key of ['message', 'stack'] as const) {
    const value = info[key];
    if (typeof value === 'string') info[key] = value.replace(EMAIL, '[email]').replace(BEARER, '$1 [token]');
  }
  return info;
});

const stamp = winston.format((info) => {
  info.time = new Date().toISOString();
  return info;
});

/** One JSON object per line: time, level, message, requestId, and whatever the caller added. */
export const jsonFormat = () => winston.format.combine(stamp(), winston.format.errors({ stack: true }), redact(), winston.format.json());
