import { describe, expect, it } from 'vitest';
import { InvalidParamError } from './directory-params';
import { addMonths, berlinMonth, monthBounds, parseMonth } from './months';

describe('months for /neu', () => {
  it("takes the month from Berlin's clock", () => {
    expect(berlinMonth('2026-11-30T22:59:59Z')).toBe('2026-11');
    expect(berlinMonth('2026-11-30T23:00:00Z')).toBe('2026-12');
    expect(berlinMonth('2027-06-30T22:00:00Z')).toBe('2027-07');
  });

  it('counts months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', -11)).toBe('2025-12');
  });

  it('bounds a month by midnight in Berlin, in winter and summer time', () => {
    expect(monthBounds('2026-12')).toEqual({ start: new Date('2026-11-30T23:00:00Z'), end: new Date('2026-12-31T23:00:00Z') });
    expect(monthBounds('2027-03')).toEqual({ start: new Date('2027-02-28T23:00:00Z'), end: new Date('2027-03-31T22:00:00Z') });
  });

  it('reads ?monat= and refuses anything but a month', () => {
    expect(parseMonth(new URLSearchParams('monat=2026-11'))).toBe('2026-11');
    expect(parseMonth(new URLSearchParams(''))).toBe('');
    for (const bad of ['2026-13', '2026-1', 'november', '1999-12']) expect(() => parseMonth(new URLSearchParams({ monat: bad })), bad).toThrow(InvalidParamError);
  });
});
