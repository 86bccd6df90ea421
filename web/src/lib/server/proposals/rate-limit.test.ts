import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from './rate-limit';

const limit = { limit: 3, windowMs: 60_000 };
const start = 1_000_000;

describe('the rate limiter', () => {
  it('allows `limit` attempts per window and then names the seconds until the next one', () => {
    const limiter = createRateLimiter();
    expect(limiter.take('a', limit, start).allowed).toBe(true);
    expect(limiter.take('a', limit, start + 10_000).allowed).toBe(true);
    expect(limiter.take('a', limit, start + 20_000).allowed).toBe(true);
    expect(limiter.take('a', limit, start + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.take('a', limit, start + 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // The window slides: the first attempt has left it, the other two still count.
    expect(limiter.take('a', limit, start + 60_000).allowed).toBe(true);
    expect(limiter.take('a', limit, start + 60_001)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('counts each key on its own', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 3; i++) limiter.take('a', limit, start);
    expect(limiter.take('a', limit, start).allowed).toBe(false);
    expect(limiter.take('b', limit, start).allowed).toBe(true);
  });

  it('does not count refused attempts, and gives back released ones once', () => {
    const limiter = createRateLimiter();
    const first = limiter.take('a', { limit: 1, windowMs: 60_000 }, start);
    expect(limiter.take('a', { limit: 1, windowMs: 60_000 }, start + 1).allowed).toBe(false);
    if (!first.allowed) throw new Error('the first attempt is allowed');
    first.release();
    first.release();
    const second = limiter.take('a', { limit: 1, windowMs: 60_000 }, start + 2);
    expect(second.allowed).toBe(true);
    expect(limiter.take('a', { limit: 1, windowMs: 60_000 }, start + 3).allowed).toBe(false);
  });

  it('remembers at most `maxKeys` addresses', () => {
    const limiter = createRateLimiter({ maxKeys: 2 });
    limiter.take('a', { limit: 1, windowMs: 60_000 }, start);
    limiter.take('b', { limit: 1, windowMs: 60_000 }, start);
    limiter.take('c', { limit: 1, windowMs: 60_000 }, start);
    expect(limiter.take('c', { limit: 1, windowMs: 60_000 }, start).allowed).toBe(false);
    expect(limiter.take('a', { limit: 1, windowMs: 60_000 }, start).allowed, 'the oldest key was dropped').toBe(true);
  });
});

describe('the key an address is counted under', () => {
  it('is the IPv4 address itself, also when mapped into IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 network of an IPv6 address, however it is written', () => {
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('passes anything else through unchanged', () => {
    expect(clientKey('unknown')).toBe('unknown');
  });
});
