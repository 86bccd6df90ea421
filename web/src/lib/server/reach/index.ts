import type { IncomingMessage, ServerResponse } from 'node:http';
import { config } from '../config';
import { reachOf } from './classify';
import { ReachCounter } from './counter';
import { createSender, type Sender } from './sender';

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Berlin day, worked out at most once a second: formatting a date per request would cost more than the count. */
let day = { until: 0, value: '' };
const today = () => {
  const now = Date.now();
  if (now >= day.until) day = { until: now + 1000, value: BERLIN_DAY.format(now) };
  return day.value;
};

type Reach = { counter: ReachCounter; sender: Sender };

/** Started at the first answer if REACH_TOKEN is set; null while counting is off. */
let reach: Reach | null | undefined;

const started = () => {
  if (reach !== undefined) return reach;
  const { reachToken, reachFlushMs, cmsUrl, cmsTimeoutMs } = config();
  if (!reachToken) return (reach = null);
  const counter = new ReachCounter();
  const sender = createSender({ counter, endpoint: `${cmsUrl}/api/reach-counts/batch`, token: reachToken, timeoutMs: cmsTimeoutMs, intervalMs: reachFlushMs });
  sender.start();
  return (reach = { counter, sender });
};

const header = (request: IncomingMessage, name: 'user-agent' | 'referer') => request.headers[name];

/**
 * Counts a finished answer (called by the front door for every request, cache hits too): a page
 * view, a widget view per embedding site or a feed fetch, for today in Berlin. Nothing of the
 * request is kept but that key: no address, user agent, cookie, query or full referrer.
 */
export const countAnswer = (request: IncomingMessage, response: ServerResponse) => {
  const active = started();
  if (!active) return;
  const contentType = response.getHeader('content-type');
  const counted = reachOf({
    method: request.method,
    url: request.url ?? '/',
    status: response.statusCode,
    contentType: typeof contentType === 'string' ? contentType : undefined,
    userAgent: header(request, 'user-agent'),
    referer: header(request, 'referer'),
  });
  if (counted) active.counter.add(today(), counted.kind, counted.key);
};

/** Sends what is counted; web/server.js calls it once the server has answered its last request. */
export const flushReach = async () => {
  await reach?.sender.stop();
};
