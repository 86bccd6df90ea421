import { describe, expect, it } from 'vitest';
import { berlinClock, berlinInstant } from '../calendar-clock';
import { eventFieldOfPath, readEventForm, shownEventProblems, toEventFormValues, type EditableEvent } from './event';

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ title: 'Hoffest', kind: 'open_day', ...fields })) form.set(name, value);
  return form;
};

describe('berlinInstant', () => {
  it.each([
    ['a summer date (CEST, UTC+2)', '2027-06-12', '14:00', '2027-06-12T12:00:00.000Z'],
    ['a winter date (CET, UTC+1)', '2027-01-15', '19:30', '2027-01-15T18:30:00.000Z'],
    ['midnight before the clocks go forward', '2027-03-28', '00:00', '2027-03-27T23:00:00.000Z'],
    ['just after they went forward', '2027-03-28', '03:00', '2027-03-28T01:00:00.000Z'],
    ['the skipped hour, as the clock reads an hour later', '2027-03-28', '02:30', '2027-03-28T01:30:00.000Z'],
    ['the doubled hour in autumn, its first time', '2027-10-31', '02:30', '2027-10-31T00:30:00.000Z'],
    ['after the clocks went back', '2027-10-31', '03:00', '2027-10-31T02:00:00.000Z'],
  ])('converts %s', (_, date, time, utc) => {
    expect(berlinInstant(date, time)).toBe(utc);
  });

  it.each([
    ['2027-02-30', '10:00'],
    ['2027-13-01', '10:00'],
    ['12.06.2027', '10:00'],
    ['2027-06-12', '24:00'],
    ['2027-06-12', '9 Uhr'],
  ])('is null for %s %s', (date, time) => {
    expect(berlinInstant(date, time)).toBeNull();
  });

  it('reads back as the same Berlin clock, in summer and winter', () => {
    expect(berlinClock('2027-06-12T12:00:00.000Z')).toEqual({ date: '2027-06-12', time: '14:00' });
    expect(berlinClock('2027-01-15T23:30:00.000Z')).toEqual({ date: '2027-01-16', time: '00:30' });
  });
});

describe('readEventForm', () => {
  it('takes a timed event in Berlin time; an end time without a date ends on the first day', () => {
    const { event, problems } = readEventForm(formOf({ startDate: '2027-06-12', startTime: '14:00', endTime: '18:00', description: 'Hof\r\n\r\nFührung' }));
    expect(problems).toEqual([]);
    expect(event).toMatchObject({ startsAt: '2027-06-12T12:00:00.000Z', endsAt: '2027-06-12T16:00:00.000Z', allDay: false, description: 'Hof\n\nFührung' });
  });

  it('takes an all-day event from midnight in Berlin of its first day to its last; one day ends where it starts', () => {
    const oneDay = readEventForm(formOf({ allDay: 'on', startDate: '2027-01-16', startTime: '10:00' }));
    expect(oneDay.event).toMatchObject({ allDay: true, startsAt: '2027-01-15T23:00:00.000Z', endsAt: '2027-01-15T23:00:00.000Z' });
    const weekend = readEventForm(formOf({ allDay: 'on', startDate: '2027-06-12', endDate: '2027-06-13' }));
    expect(weekend.event).toMatchObject({ startsAt: '2027-06-11T22:00:00.000Z', endsAt: '2027-06-12T22:00:00.000Z' });
  });

  it('names what it cannot turn into times, keeps everything typed, and sends nothing', () => {
    const missing = readEventForm(formOf({ title: '', startDate: '', price: '5 €' }));
    expect(missing.problems).toEqual([{ field: 'startDate', code: 'required' }]);
    expect(missing.event).toBeNull();
    expect(missing.values).toMatchObject({ title: '', price: '5 €' });
    expect(readEventForm(formOf({ startDate: '2027-06-12' })).problems).toEqual([{ field: 'startTime', code: 'required' }]);
    expect(readEventForm(formOf({ startDate: '2027-06-12', startTime: '14:00', endDate: '2027-06-13' })).problems).toEqual([{ field: 'endTime', code: 'required' }]);
    expect(readEventForm(formOf({ startDate: '2027-02-30', startTime: '14:00' })).problems).toEqual([{ field: 'startDate', code: 'invalid' }]);
    expect(readEventForm(formOf({ startDate: '2027-06-12', startTime: '25:00' })).problems).toEqual([{ field: 'startTime', code: 'invalid' }]);
    expect(readEventForm(formOf({ kind: 'party', startDate: '2027-06-12', startTime: '14:00' })).problems).toEqual([{ field: 'kind', code: 'invalid' }]);
  });

  it("leaves the rules to the CMS: an end before the start or a script in the link are sent, for its 400", () => {
    const { event } = readEventForm(formOf({ startDate: '2027-06-12', startTime: '14:00', endTime: '12:00', registrationUrl: 'javascript:alert(1)' }));
    expect(event).toMatchObject({ endsAt: '2027-06-12T10:00:00.000Z', registrationUrl: 'javascript:alert(1)' });
  });
});

describe('the form and the CMS', () => {
  const event: EditableEvent = {
    title: 'Hoffest',
    kind: 'market',
    startsAt: '2027-10-30T22:00:00.000Z',
    endsAt: '2027-10-31T23:00:00.000Z',
    allDay: true,
    description: '',
    registrationUrl: '',
    price: '',
    accessibility: '',
  };

  it('shows an all-day event by its Berlin days, across the change to winter time', () => {
    expect(toEventFormValues(event)).toMatchObject({ startDate: '2027-10-31', startTime: '', endDate: '2027-11-01', endTime: '', allDay: true });
  });

  it('shows a timed event in Berlin time, and reads it back to the same instants', () => {
    const values = toEventFormValues({ ...event, allDay: false, startsAt: '2027-06-12T12:00:00.000Z', endsAt: '2027-06-13T16:00:00.000Z' });
    expect(values).toMatchObject({ startDate: '2027-06-12', startTime: '14:00', endDate: '2027-06-13', endTime: '18:00' });
    const form = formOf({ ...values, allDay: '', kind: values.kind });
    expect(readEventForm(form).event).toMatchObject({ startsAt: '2027-06-12T12:00:00.000Z', endsAt: '2027-06-13T16:00:00.000Z' });
  });

  it("puts the CMS's instants at the dates typed, and orders the problems as the form does", () => {
    expect(eventFieldOfPath(['startsAt'])).toBe('startDate');
    expect(eventFieldOfPath(['endsAt'])).toBe('endDate');
    expect(eventFieldOfPath(['registrationUrl'])).toBe('registrationUrl');
    expect(eventFieldOfPath(['eventDocumentId'])).toBe('');
    const values = readEventForm(formOf({ title: 'x'.repeat(170) })).values;
    expect(
      shownEventProblems(
        [
          { field: 'endDate', code: 'ends_before_start' },
          { field: 'title', code: 'too_long' },
        ],
        values,
      ),
    ).toEqual([
      { field: 'title', code: 'too_long', length: 170 },
      { field: 'endDate', code: 'ends_before_start', length: 0 },
    ]);
  });
});
