/**
 * What a parsed CMS answer costs in V8's heap, roughly: each string, object and array carries a
 * header of its own, which the length of the answer's JSON does not count. On answers shaped like
 * the map's (50 places with names, teasers, coordinates, region and themes), the heap held 1.5
 * times the JSON's length, and this estimate comes out about 10 % above the heap (measured with
 * `node --expose-gc` on Node.js 20, 64-bit without pointer compression). Short strings that V8
 * shares between answers are counted each time, so the estimate errs on the high side.
 */
const STRING = 16;
const OBJECT = 24;
const ARRAY = 32;
const SLOT = 8;
const HEAP_NUMBER = 16;

const beyondLatin1 = /[^\u0000-\u00ff]/;

/** The estimated heap bytes of a value made by JSON.parse (or any tree of plain values). */
export const heapBytes = (value: unknown): number => {
  if (typeof value === 'string') return STRING + value.length * (beyondLatin1.test(value) ? 2 : 1);
  // Small integers live in the slot itself; other numbers are boxed.
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 30 ? 0 : HEAP_NUMBER;
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) {
    let bytes = ARRAY + SLOT * value.length;
    for (const item of value) bytes += heapBytes(item);
    return bytes;
  }
  let bytes = OBJECT;
  for (const property of Object.values(value)) bytes += SLOT + heapBytes(property);
  return bytes;
};
