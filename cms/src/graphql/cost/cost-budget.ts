import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Whose query cost a request spends, and how much of it a minute may hold; set by the rate-limit middleware. */
export type CostBudget = { key: string; points: number; label: string };

const WINDOW_SECONDS = 60;

const limiters = new Map<number, RateLimiterMemory>();
const limiter = (points: number) => {
  if (!limiters.has(points)) limiters.set(points, new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix: 'cost' }));
  return limiters.get(points)!;
};

/**
 * Spends a query's cost from the caller's budget for the current minute: the request limit alone
 * would let one address run 120 of the costliest queries a minute, about 1.3 cores on 10,000
 * places. Returns the seconds to wait when the budget is spent, else null.
 */
export const chargeQueryCost = async (budget: CostBudget, cost: number) => {
  if (cost <= 0) return null;
  try {
    await limiter(budget.points).consume(budget.key, cost);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
};
