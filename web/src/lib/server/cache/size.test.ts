import { describe, expect, it } from 'vitest';
import { heapBytes } from './size';

describe('heapBytes', () => {
  it('counts headers and characters, two bytes a character beyond Latin-1', () => {
    expect(heapBytes('Grünes Haus')).toBe(16 + 11);
    expect(heapBytes('Kreativ → Ort')).toBe(16 + 2 * 13);
    expect(heapBytes(7)).toBe(0);
    expect(heapBytes(52.1234)).toBe(16);
    expect(heapBytes(null)).toBe(0);
    expect(heapBytes(true)).toBe(0);
  });

  it('adds a header and a slot per property or element', () => {
    expect(heapBytes({})).toBe(24);
    expect(heapBytes({ a: 'x' })).toBe(24 + 8 + 17);
    expect(heapBytes([])).toBe(32);
    expect(heapBytes(['x', 'y'])).toBe(32 + 16 + 34);
  });

  it('counts an answer of many small entries well above its JSON length, as the heap does', () => {
    const answer = { places: Array.from({ length: 50 }, (_, i) => ({ slug: `ort-${i}`, name: `Ort ${i}`, geo: { latitude: 52.1 + i / 100, longitude: 11.6 }, themes: [{ slug: 'kunst', name: 'Kunst' }] })) };
    expect(heapBytes(answer)).toBeGreaterThan(1.5 * JSON.stringify(answer).length);
  });
});
