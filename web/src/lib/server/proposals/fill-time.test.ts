import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFillTime, checkFillTimeToken, issueFillTimeToken, maxTokenAgeMs, signFillTime } from './fill-time';

const key = 'test-secret';
const issuedAt = Date.UTC(2026, 4, 1, 10, 0, 0);
const check = (token: string, afterMs: number, minFillMs = 3_000) => checkFillTime(key, token, { now: issuedAt + afterMs, minFillMs });

describe('the fill-time token', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is refused as too fast before the minimum fill time and accepted from then on', () => {
    const token = signFillTime(key, issuedAt);
    expect(check(token, 0)).toBe('too-fast');
    expect(check(token, 2_999)).toBe('too-fast');
    expect(check(token, 3_000)).toBe('ok');
    expect(check(token, 60 * 60 * 1000)).toBe('ok');
  });

  it('counts a token from slightly in the future as young, not forged', () => {
    expect(check(signFillTime(key, issuedAt + 500), 0)).toBe('too-fast');
  });

  it('expires after a day', () => {
    const token = signFillTime(key, issuedAt);
    expect(check(token, maxTokenAgeMs)).toBe('ok');
    expect(check(token, maxTokenAgeMs + 1)).toBe('invalid');
  });

  it('cannot be forged: another key, an altered time or a malformed token is invalid', () => {
    const token = signFillTime(key, issuedAt);
    const [, mac] = token.split('.');
    expect(check(signFillTime('another-secret', issuedAt), 10_000)).toBe('invalid');
    expect(check(`${issuedAt - 60_000}.${mac}`, 10_000)).toBe('invalid');
    for (const malformed of ['', 'abc', `${issuedAt}`, `${issuedAt}.`, `${issuedAt}.${mac}x`, `-1.${mac}`, `${issuedAt}.${mac.slice(1)}!`]) {
      expect(check(malformed, 10_000), malformed).toBe('invalid');
    }
  });

  it('signs with FORM_SECRET and honours PROPOSAL_MIN_FILL_MS', () => {
    vi.stubEnv('FORM_SECRET', 'shared-between-replicas');
    vi.stubEnv('PROPOSAL_MIN_FILL_MS', '5000');
    const token = issueFillTimeToken(issuedAt);
    expect(token).toBe(signFillTime('shared-between-replicas', issuedAt));
    expect(checkFillTimeToken(token, issuedAt + 4_999)).toBe('too-fast');
    expect(checkFillTimeToken(token, issuedAt + 5_000)).toBe('ok');
    vi.stubEnv('PROPOSAL_MIN_FILL_MS', '0');
    expect(checkFillTimeToken(token, issuedAt)).toBe('ok');
  });

  it('without FORM_SECRET signs with one random key for the whole process', () => {
    vi.stubEnv('FORM_SECRET', undefined);
    const token = issueFillTimeToken(issuedAt);
    expect(token).not.toBe(signFillTime('', issuedAt));
    expect(checkFillTimeToken(token, issuedAt + 3_000)).toBe('ok');
    expect(issueFillTimeToken(issuedAt)).toBe(token);
  });
});
