import { describe, expect, it } from 'vitest';
import { berlinDate, berlinDateTime, formatEventDate } from './format';

describe('formatEventDate', () => {
  it('shows a timed event in Berlin time, summer and winter', () => {
    expect(formatEventDate('de', { startsAt: '2027-06-12T08:00:00.000Z', endsAt: '2027-06-12T15:00:00.000Z', allDay: false })).toBe(
      '12. Juni 2027, 10:00–17:00 Uhr',
    );
    expect(formatEventDate('de', { startsAt: '2027-11-27T13:00:00.000Z', endsAt: null, allDay: false })).toBe('27. November 2027, 14:00 Uhr');
  });

  it('shows a multi-day timed event as a range with both times', () => {
    expect(formatEventDate('de', { startsAt: '2027-09-18T08:00:00.000Z', endsAt: '2027-09-19T14:00:00.000Z', allDay: false })).toBe(
      '18. September 2027, 10:00 Uhr bis 19. September 2027, 16:00 Uhr',
    );
  });

  it('shows all-day events as days in Berlin, without times', () => {
    expect(formatEventDate('de', { startsAt: '2027-05-21T22:00:00.000Z', endsAt: '2027-05-21T22:00:00.000Z', allDay: true })).toBe('22. Mai 2027');
    expect(formatEventDate('en', { startsAt: '2027-07-04T22:00:00.000Z', endsAt: '2027-07-10T22:00:00.000Z', allDay: true })).toMatch(
      /^5 July 2027 .+ 11 July 2027$/,
    );
  });
});

describe('Berlin dates for machines', () => {
  it('gives the Berlin day and the local time with its offset', () => {
    expect(berlinDate('2027-07-04T22:00:00.000Z')).toBe('2027-07-05');
    expect(berlinDateTime('2027-06-12T08:00:00.000Z')).toBe('2027-06-12T10:00:00+02:00');
    expect(berlinDateTime('2027-11-27T13:00:00.000Z')).toBe('2027-11-27T14:00:00+01:00');
  });
});
