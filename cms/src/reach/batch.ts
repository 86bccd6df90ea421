import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { restError } from '../http/error-body';
import { isRecord } from '../is-record';
import { addDays, berlinDay } from '../time';
import { KEY_MAX, REACH_KINDS } from './kinds';
import { addCounts } from './store';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Rows one batch may carry; the site sends more in several. */
export const BATCH_MAX_ROWS = 1000;
/** Views one row may add: far above a day of one page, far below the column's limit. */
const VIEWS_MAX = 1_000_000_000;

/**
 * The days a batch may count: today and the two days before in Berlin (a site that could not reach
 * the CMS over midnight still delivers), and tomorrow for a site whose clock runs ahead.
 */
const acceptedDays = (now: Date) => {
  const today = berlinDay(now);
  return { from: addDays(today, -2), to: addDays(today, 1) };
};

const batchSchema = (now: Date) => {
  const { from, to } = acceptedDays(now);
  const row = z
    .object({
      day: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD')
        .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && day >= from && day <= to, `must be a day from ${from} to ${to}`),
      kind: z.enum(REACH_KINDS, `must be one of ${REACH_KINDS.join(', ')}`),
      key: z.string().min(1, 'must not be empty').max(KEY_MAX, `must be at most ${KEY_MAX} characters`),
      views: z.number('must be a number').int('must be a whole number').min(1, 'must be at least 1').max(VIEWS_MAX, `must be at most ${VIEWS_MAX}`),
    })
    .strict();
  return z.array(row, 'must be a list of counts').min(1, 'must hold at least one count').max(BATCH_MAX_ROWS, `must hold at most ${BATCH_MAX_ROWS} counts`);
};

/**
 * POST /api/reach-counts/batch, only with the site's reach token (access/reach-token.ts): adds
 * `{ data: [{ day, kind, key, views }] }` to the daily counts, all rows or none. A bad row is a 400
 * that names its field (`data.3.views`), and nothing of the batch is counted.
 */
export const receiveBatch = async (strapi: Core.Strapi, ctx: Context) => {
  ctx.set('Cache-Control', 'private, no-store');
  const body: unknown = ctx.request.body;
  const parsed = batchSchema(new Date()).safeParse(isRecord(body) ? body.data : undefined);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      path: ['data', ...issue.path.filter((part) => typeof part !== 'symbol').map(String)],
      message: issue.message,
      name: 'ValidationError',
    }));
    ctx.status = 400;
    ctx.body = restError(400, 'ValidationError', errors.map((error) => `${error.path.join('.')}: ${error.message}`).join(' '), { errors });
    return;
  }
  await addCounts(strapi, parsed.data);
  ctx.status = 204;
};
