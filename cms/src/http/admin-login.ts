import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { isRecord } from '../is-record';
import { clientAddress } from './client-address';

type Context = Parameters<Core.MiddlewareHandler>[0];

export type AdminLoginConfig = {
  /** Failed attempts per email address from one client address, before it is blocked there. */
  failuresPerEmail: number;
  /** Failed attempts per email address from all client addresses together, before it is blocked everywhere. */
  failuresPerEmailTotal: number;
  /** Failed attempts per client address, for any email address, before it is blocked. */
  failuresPerAddress: number;
  /** How long failures are counted, and how long a block lasts at most. */
  blockMinutes: number;
};

/** The admin's routes that take a password or a one-time token. */
const GUARDED = new Set(['/admin/login', '/admin/register-admin', '/admin/register', '/admin/reset-password']);

const positive = (name: string, value: number) => {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1.`);
  return value;
};

/**
 * Brute force against the admin login, counted by failures (a 4xx answer) in memory: per email
 * address from one client address, per email address from all of them, and per client address.
 * Guessing one editor's password from one address stops soon, and only that address is refused:
 * whoever knows an editor's email cannot lock the editor out from one address. Guessing it from
 * many addresses stops at the higher total, and trying many editors from one address at the
 * address's count. A blocked caller gets 429 with Retry-After, whatever it sends; a successful
 * login clears its email's counts from that address and in total. It replaces
 * Strapi's admin::rateLimit (disabled in config/admin.ts), which counts every attempt, the
 * successful ones too, per combination of email, path and address, and sends no Retry-After.
 */
export default ((config: AdminLoginConfig, { strapi }) => {
  const duration = positive('ADMIN_LOGIN_BLOCK_MINUTES', config.blockMinutes) * 60;
  const byEmailHere = new RateLimiterMemory({ keyPrefix: 'email-here', points: positive('ADMIN_LOGIN_FAILURES_PER_EMAIL', config.failuresPerEmail), duration });
  const byEmail = new RateLimiterMemory({
    keyPrefix: 'email',
    points: positive('ADMIN_LOGIN_FAILURES_PER_EMAIL_TOTAL', config.failuresPerEmailTotal),
    duration,
  });
  const byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: positive('ADMIN_LOGIN_FAILURES_PER_IP', config.failuresPerAddress), duration });
  const described = new Map([
    [byEmailHere, 'an email address from one client address'],
    [byEmail, 'an email address from all client addresses'],
    [byAddress, 'a client address'],
  ]);

  const counters = (ctx: Context) => {
    const body: unknown = ctx.request.body;
    const email = isRecord(body) ? body.email : undefined;
    const address = clientAddress(ctx);
    const list: [RateLimiterMemory, string][] = [[byAddress, address]];
    if (typeof email === 'string' && email.trim()) {
      const normalised = email.trim().toLowerCase();
      list.push([byEmailHere, `${normalised} ${address}`], [byEmail, normalised]);
    }
    return list;
  };

  const secondsBlocked = async (list: [RateLimiterMemory, string][]) => {
    let ms = 0;
    for (const [limiter, key] of list) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) ms = Math.max(ms, state.msBeforeNext);
    }
    return Math.ceil(ms / 1000);
  };

  const countFailure = async (list: [RateLimiterMemory, string][]) => {
    for (const [limiter, key] of list) {
      const counted = await limiter.consume(key).catch((rejection) => {
        if (rejection instanceof RateLimiterRes) return rejection;
        throw rejection;
      });
      if (counted.consumedPoints === limiter.points) {
        strapi.log.warn(`Admin login: ${described.get(limiter)} reached ${limiter.points} failed attempts; blocked for ${Math.ceil(counted.msBeforeNext / 60_000)} min.`);
      }
    }
  };

  return async (ctx, next) => {
    if (ctx.method !== 'POST' || !GUARDED.has(ctx.path)) return next();
    const list = counters(ctx);
    const retryAfter = await secondsBlocked(list);
    if (retryAfter > 0) {
      ctx.status = 429;
      ctx.set('Retry-After', String(retryAfter));
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'RateLimitError',
          message: `Zu viele fehlgeschlagene Anmeldeversuche. Bitte in ${Math.ceil(retryAfter / 60)} Minuten erneut versuchen.`,
          details: { retryAfter },
        },
      };
      return;
    }
    try {
      await next();
    } catch (error) {
      // Strapi's refusals (wrong password, bad token) are ApplicationErrors; anything else is ours.
      if (error instanceof errors.ApplicationError) await countFailure(list);
      throw error;
    }
    if (ctx.status >= 400 && ctx.status < 500) await countFailure(list);
    else if (ctx.status < 300) await Promise.all(list.filter(([limiter]) => limiter !== byAddress).map(([limiter, key]) => limiter.delete(key)));
  };
}) satisfies Core.MiddlewareFactory<AdminLoginConfig>;
