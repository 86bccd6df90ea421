import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitOf } from '../access/partner-token';
import { websiteTokenNames } from '../access/website-tokens';
import { clientAddress } from './client-address';
import type { CostBudget } from '../graphql/cost/cost-budget';
import { countApiRequest } from '../reach/api-usage';
import { NO_TOKEN_KEY } from '../reach/kinds';
import { isContentApi } from './public-api';
import { restError } from './error-body';

type Context = Parameters<Core.MiddlewareHandler>[0];

export type RateLimitConfig = {
  /** Requests per minute of each API token without its own `Limit: N/min`; 0: unlimited. */
  partnerLimit: number;
  /** Requests per minute of each address sending no known API token; 0: unlimited. */
  publicLimit: number;
  /** Addresses whose requests without a token are not limited: the website's server. */
  exemptAddresses: string[];
  /** GraphQL query cost per minute of each API token, and of each address without one; 0: unlimited. */
  partnerCostBudget: number;
  publicCostBudget: number;
};

/** Whose budget a request spends; null for the website, which is not limited. */
type Caller = { key: string; limit: number; costBudget: number; label: string } | null;

type Token = { id: number; name: string; description: string | null };

const WINDOW_SECONDS = 60;

/** The bearer token as Strapi's content-api-token strategy reads it. */
const bearerToken = (ctx: Context) => {
  const parts = (ctx.get('authorization') || '').split(/\s+/);
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' ? parts[1] : null;
};

const checkLimit = (name: string, value: number, unit = 'requests') => {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of ${unit} per minute (0: unlimited).`);
  return value;
};

/**
 * Requests per minute to the content API (`/graphql`, `/api/*`), counted per API token, or per
 * client address for requests without one; over the limit, `429` with `Retry-After`.
 *
 * - Each API token has its own budget: `Limit: N/min` in its description, else PARTNER_RATE_LIMIT.
 *   The 429 is logged with the token's name, and each token request at debug level, so we know who
 *   uses what; addresses are not logged. Each request of a partner token, or without one, is
 *   counted per day for the reach statistics (src/reach/api-usage.ts), by token name only.
 * - The website's own tokens (its reads, previews, proposals) are not limited: the site's server
 *   shares them among all its visitors and editors, caches its reads and limits proposals per
 *   visitor itself. Token-less requests from RATE_LIMIT_EXEMPT_IPS are not limited either.
 * - The same callers also have a budget of GraphQL query cost per minute (PARTNER_COST_BUDGET,
 *   PUBLIC_COST_BUDGET), spent by the list-cost plugin once it knows a query's cost.
 * - Counts live in this process's memory: each CMS process counts on its own, and a restart resets
 *   them. Behind a proxy, IS_PROXIED must be set, or every visitor has the proxy's address.
 */
export default ((config: RateLimitConfig, { strapi }) => {
  const partnerLimit = checkLimit('PARTNER_RATE_LIMIT', config.partnerLimit);
  const publicLimit = checkLimit('PUBLIC_RATE_LIMIT', config.publicLimit);
  const partnerCostBudget = checkLimit('PARTNER_COST_BUDGET', config.partnerCostBudget, 'query cost units');
  const publicCostBudget = checkLimit('PUBLIC_COST_BUDGET', config.publicCostBudget, 'query cost units');
  const exempt = new Set(config.exemptAddresses.map((address) => address.trim()).filter(Boolean));
  const siteTokens = new Set(websiteTokenNames());

  const limiters = new Map<number, RateLimiterMemory>();
  const limiter = (points: number) => {
    if (!limiters.has(points)) limiters.set(points, new RateLimiterMemory({ points, duration: WINDOW_SECONDS }));
    return limiters.get(points)!;
  };

  // Token lookups by hash, also the misses, so a request costs no extra query in the usual case.
  // A token changed in the admin is seen within a minute.
  const tokens = new LRUCache<string, Token | false>({ max: 1000, ttl: 60_000 });
  const findToken = async (secret: string) => {
    const hash: string = strapi.service('admin::api-token').hash(secret);
    let token = tokens.get(hash);
    if (token === undefined) {
      const found = await strapi.db.query('admin::api-token').findOne({
        where: { accessKey: hash, $or: [{ kind: 'content-api' }, { kind: { $null: true } }] },
        select: ['id', 'name', 'description'],
      });
      token = found ? { id: found.id, name: found.name, description: found.description ?? null } : false;
      tokens.set(hash, token);
    }
    return token || null;
  };

  const identify = async (ctx: Context): Promise<Caller> => {
    const secret = bearerToken(ctx);
    const token = secret ? await findToken(secret) : null;
    if (token) {
      if (siteTokens.has(token.name)) return null;
      // Partner usage for the admin's "Reichweite" page: per token name, by day.
      countApiRequest(token.name);
      strapi.log.debug(`Content API: token "${token.name}" ${ctx.method} ${ctx.path}`);
      return {
        key: `token:${token.id}`,
        limit: rateLimitOf(token.description) ?? partnerLimit,
        costBudget: partnerCostBudget,
        label: `API token "${token.name}" (id ${token.id})`,
      };
    }
    // An unknown token counts like none: Strapi answers it with 401, and guessing stays limited.
    const address = clientAddress(ctx);
    if (exempt.has(address)) return null;
    countApiRequest(NO_TOKEN_KEY);
    return { key: `ip:${address}`, limit: publicLimit, costBudget: publicCostBudget, label: 'A client without API token' };
  };

  const refuse = (ctx: Context, limit: number, retryAfter: number) => {
    const message = `Too many requests: at most ${limit} per minute. Try again in ${retryAfter} s.`;
    ctx.status = 429;
    ctx.set('Retry-After', String(retryAfter));
    ctx.body =
      ctx.path === '/graphql'
        ? { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter } }] }
        : restError(429, 'RateLimitError', message, { retryAfter });
  };

  return async (ctx, next) => {
    if (!isContentApi(ctx.path) || ctx.method === 'OPTIONS') return next();
    const caller = await identify(ctx);
    if (caller && caller.costBudget > 0) ctx.state.queryCostBudget = { key: caller.key, points: caller.costBudget, label: caller.label } satisfies CostBudget;
    if (!caller || caller.limit === 0) return next();

    ctx.set('X-RateLimit-Limit', String(caller.limit));
    try {
      const used = await limiter(caller.limit).consume(caller.key);
      ctx.set('X-RateLimit-Remaining', String(used.remainingPoints));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      ctx.set('X-RateLimit-Remaining', '0');
      // Once per window, not for every refused request.
      if (rejection.consumedPoints === caller.limit + 1) {
        strapi.log.warn(`Rate limit: ${caller.label} exceeded ${caller.limit} requests per minute; refused for ${retryAfter} s.`);
      }
      return refuse(ctx, caller.limit, retryAfter);
    }
    return next();
  };
}) satisfies Core.MiddlewareFactory<RateLimitConfig>;
