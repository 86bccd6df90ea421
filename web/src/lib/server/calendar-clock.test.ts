import { describe, expect, it } from 'vitest';
import { collectingTags } from './cache/tags';
import { addDays, berlinMidnight, calendarClock, monthBounds } from './calendar-clock';

describe('days in Berlin', () => {
  it('begin at 23:00 UTC in winter and 22:00 UTC in summer, on the days the clocks change too', () => {
    expect(berlinMidnight('2027-11-27').toISOString()).toBe('2027-11-26T23:00:00.000Z');
    expect(berlinMidnight('2027-07-05').toISOString()).toBe('2027-07-04T22:00:00.000Z');
    expect(berlinMidnight('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(berlinMidnight('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z');
  });

  it('count across months and years', () => {
    expect(addDays('2027-07-11')).toBe('2027-07-12');
    expect(addDays('2027-12-31')).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it("make up months, from the first midnight to the next month's", () => {
    expect(monthBounds('2027-06')).toEqual({ from: '2027-05-31T22:00:00.000Z', to: '2027-06-30T22:00:00.000Z' });
    expect(monthBounds('2027-12')).toEqual({ from: '2027-11-30T23:00:00.000Z', to: '2027-12-31T23:00:00.000Z' });
  });
});

describe('the calendar clock', () => {
  it('rounds down to five minutes, and gives the start of the day in Berlin', () => {
    expect(calendarClock(new Date('2027-07-05T09:04:59.999Z'))).toEqual({ now: '2027-07-05T09:00:00.000Z', today: '2027-07-04T22:00:00.000Z' });
    // Half past midnight in Berlin is still the day before in UTC.
    expect(calendarClock(new Date('2027-01-14T23:30:00Z'))).toEqual({ now: '2027-01-14T23:30:00.000Z', today: '2027-01-14T23:00:00.000Z' });
  });

  it('tells the render under way that its page holds until the step ends', async () => {
    const { validUntil } = await collectingTags(() => calendarClock(new Date('2027-07-05T09:04:00Z')));
    expect(validUntil).toBe(Date.parse('2027-07-05T09:05:00Z'));
    expect((await collectingTags(() => 'no clock read')).validUntil).toBe(Infinity);
  });
});
