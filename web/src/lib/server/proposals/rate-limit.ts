import { isIPv4, isIPv6 } from 'node:net';
import { LRUCache } from 'lru-cache';

export type RateLimitDecision = { allowed: true; release: () => void } | { allowed: false; retryAfterSeconds: number };

/**
 * A sliding-window limit in memory: each key may be taken `limit` times within `windowMs`.
 * Memory stays bounded because at most `maxKeys` addresses are remembered, least recently seen
 * dropped first; an address dropped that way starts afresh, which only happens under a flood of
 * distinct addresses. Each process counts on its own, so N replicas allow up to N × limit.
 */
export const createRateLimiter = ({ maxKeys = 10_000 }: { maxKeys?: number } = {}) => {
  const hits = new LRUCache<string, number[]>({ max: maxKeys });

  /** Counts one attempt, or refuses it with the seconds until the oldest counted one leaves the window. */
  const take = (key: string, { limit, windowMs }: { limit: number; windowMs: number }, now = Date.now()): RateLimitDecision => {
    const recent = (hits.get(key) ?? []).filter((at) => now - at < windowMs);
    if (recent.length >= limit) {
      hits.set(key, recent);
      const frees = recent[recent.length - limit] + windowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((frees - now) / 1000)) };
    }
    recent.push(now);
    hits.set(key, recent);
    let released = false;
    return {
      allowed: true,
      /** Gives the attempt back, for attempts that should not count (e.g. the CMS was down). */
      release: () => {
        if (released) return;
        released = true;
        const list = hits.get(key);
        const index = list?.lastIndexOf(now) ?? -1;
        if (list && index >= 0) list.splice(index, 1);
      },
    };
  };

  return { take };
};

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
const ipv6Groups = (address: string) => {
  const plain = address.replace(/%.*$/, '');
  if (!isIPv6(plain)) return null;
  const [head, tail] = plain.includes('::') ? plain.split('::') : [plain, undefined];
  const split = (part: string | undefined) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const before = split(head);
  const after = split(tail);
  return [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after].map((group) => parseInt(group, 16));
};

/**
 * The key an address is counted under. IPv4 addresses (also when mapped into IPv6) count alone;
 * IPv6 addresses count per /64 network, because one connection usually owns a whole /64 and could
 * otherwise switch to a fresh address for every request.
 */
export const clientKey = (address: string) => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  const groups = ipv6Groups(address);
  if (!groups) return address;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
};

/** The limiter of the place proposal form, shared by all requests of this process. */
export const proposalRateLimiter = createRateLimiter();
