import { describe, expect, it } from 'vitest';
import { boundsAround, contains, fitProjection, GERMANY, overlaps, ringsToPath } from './project';

describe('boundsAround', () => {
  it('encloses every position, widened by the margin', () => {
    expect(boundsAround([[11.5, 52.8], [12.1, 52.3], [11.2, 53]], 0.5)).toEqual([10.7, 51.8, 12.6, 53.5]);
  });
  it('refuses an empty list rather than inventing a frame', () => {
    expect(() => boundsAround([])).toThrow();
  });
});

describe('fitProjection', () => {
  const projection = fitProjection([10, 50, 14, 54], 400);

  it('maps the north-west corner to the origin and the south-east one to the far corner', () => {
    expect(projection.project([10, 54])).toEqual([0, 0]);
    expect(projection.project([14, 50])).toEqual([400, projection.height]);
  });

  it('shrinks longitude by the cosine of the middle latitude, so the frame is taller than wide at 52° N', () => {
    // 4° of latitude over 4° × cos(52°) of longitude.
    expect(projection.height).toBeCloseTo(400 / Math.cos((52 * Math.PI) / 180), 0);
  });

  it('puts Stendal east of Salzwedel and south of it, as on any map', () => {
    const [salzwedelX, salzwedelY] = projection.project([11.15, 52.85]);
    const [stendalX, stendalY] = projection.project([11.86, 52.6]);
    expect(stendalX).toBeGreaterThan(salzwedelX);
    expect(stendalY).toBeGreaterThan(salzwedelY);
  });
});

describe('ringsToPath', () => {
  it('draws each ring as its own closed subpath', () => {
    const projection = fitProjection([0, 0, 10, 10], 100);
    const path = ringsToPath(
      [
        [[0, 10], [10, 10], [10, 0], [0, 10]],
        [[2, 8], [4, 8], [2, 6], [2, 8]],
      ],
      projection,
    );
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/Z/g)).toHaveLength(2);
    expect(path.startsWith('M0 0L100 0')).toBe(true);
  });
});

describe('overlaps and contains', () => {
  it('tells neighbouring frames from distant ones', () => {
    expect(overlaps([10, 50, 12, 52], [11, 51, 13, 53])).toBe(true);
    expect(overlaps([10, 50, 12, 52], [-60, 2, -50, 6])).toBe(false);
  });
  it('tells a position inside a frame from one outside', () => {
    expect(contains(GERMANY, [11.86, 52.6])).toBe(true);
    expect(contains(GERMANY, [2.35, 48.86])).toBe(false);
  });
});
