import { describe, expect, it } from 'vitest';
import { afterEviction, evictionMark, freshnessSince, recordEviction } from './eviction';

const none = { expire: [], stale: [], purge: [] };
const tags = new Set(['ort-a', 'list:places']);

describe('eviction', () => {
  it('purges before it expires, expires before it marks stale, and never makes an entry fresher', () => {
    expect(afterEviction(tags, 'fresh', { expire: ['ort-a'], stale: ['list:places'], purge: ['ort-a'] })).toBeNull();
    expect(afterEviction(tags, 'fresh', { ...none, expire: ['ort-a'], stale: ['list:places'] })).toBe('expired');
    expect(afterEviction(tags, 'fresh', { ...none, stale: ['list:places'] })).toBe('stale');
    expect(afterEviction(tags, 'expired', { ...none, stale: ['list:places'] })).toBe('expired');
    expect(afterEviction(tags, 'stale', { ...none, expire: ['ort-b'] })).toBe('stale');
    expect(afterEviction(tags, 'fresh', { ...none, stale: ['*'] })).toBe('stale');
    expect(afterEviction(new Set(), 'fresh', { ...none, purge: ['*'] })).toBeNull();
  });

  it('replays the evictions that arrived while an answer was read', () => {
    const mark = evictionMark();
    expect(freshnessSince(mark, tags)).toBe('fresh');
    recordEviction({ ...none, stale: ['list:places'] });
    expect(freshnessSince(mark, tags)).toBe('stale');
    recordEviction({ ...none, expire: ['ort-b'] });
    expect(freshnessSince(mark, tags)).toBe('stale');
    recordEviction({ ...none, purge: ['ort-a'] });
    expect(freshnessSince(mark, tags)).toBeNull();
    expect(freshnessSince(evictionMark(), tags)).toBe('fresh');
  });

  it('keeps nothing read before more evictions than it remembers', () => {
    const mark = evictionMark();
    for (let i = 0; i < 300; i += 1) recordEviction({ ...none, stale: [`list:other-${i}`] });
    expect(freshnessSince(mark, tags)).toBeNull();
  });
});
