import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, utcDateTime, type CalendarEvent } from './ical';

const octets = (line: string) => new TextEncoder().encode(line).length;

const meeting: CalendarEvent = {
  uid: 'fruehjahrstreffen@kreativorte.example',
  start: new Date('2027-03-12T12:00:00Z'),
  end: new Date('2027-03-12T16:00:00Z'),
  title: 'Frühjahrstreffen; Kalbe, Altmark',
  description: 'Zwei Workshops:\nProbewohnen, Leerstand \\ Sicherung.\r\nAnmeldung erbeten.',
  location: 'Alte Molkerei Kalbe, 39624 Kalbe (Milde)',
  url: 'https://kreativorte.example/treffen/fruehjahrstreffen',
};

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters that TEXT may not hold, keeps tabs and umlauts', () => {
    expect(escapeText('Grün\u0000\u0007\tweiter\u007f')).toBe('Grün\tweiter');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines into chunks of at most 75 octets, each continuation starting with a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' ') && !part.startsWith('  '))).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('counts octets, not characters, and never splits a multi-octet character', () => {
    const line = `SUMMARY:${'ü'.repeat(60)}€😀`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded[0]).toBe(`SUMMARY:${'ü'.repeat(33)}`);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });
});

it('writes DATE-TIME values in UTC', () => {
  expect(utcDateTime(new Date('2027-03-12T13:00:00+01:00'))).toBe('20270312T120000Z');
});

describe('calendar', () => {
  const stamp = new Date('2026-11-29T10:00:00Z');
  const text = calendar({ name: 'Kreativorte im Grünen: Netzwerktreffen', events: [meeting, { ...meeting, uid: 'ohne-ende@x', end: null, description: null, location: null }], stamp });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js into a published calendar whose events keep every character', () => {
    const root = new ICAL.Component(ICAL.parse(text));
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toMatch(/^-\/\/Kreativorte/);
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Kreativorte im Grünen: Netzwerktreffen');

    const [first, second] = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(first.uid).toBe(meeting.uid);
    expect(first.summary).toBe(meeting.title);
    expect(first.description).toBe('Zwei Workshops:\nProbewohnen, Leerstand \\ Sicherung.\nAnmeldung erbeten.');
    expect(first.location).toBe(meeting.location);
    expect(first.startDate.toJSDate().toISOString()).toBe('2027-03-12T12:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2027-03-12T16:00:00.000Z');
    expect(first.component.getFirstPropertyValue('url')).toBe(meeting.url);
    expect(first.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-29T10:00:00Z');

    expect(second.uid).toBe('ohne-ende@x');
    expect(second.component.hasProperty('dtend')).toBe(false);
    expect(second.component.hasProperty('description')).toBe(false);
  });

  it('leaves out an end that is not after the start', () => {
    const backwards = calendar({ name: 'x', events: [{ ...meeting, end: new Date('2027-03-12T11:00:00Z') }], stamp });
    expect(backwards).not.toContain('DTEND');
  });

  it('writes all-day events as DATE values of their days in Berlin, DTEND the day after the last', () => {
    // Midnight in Berlin is 22:00 UTC the day before in summer: the first day is still 5 July.
    const week = { ...meeting, allDay: true, start: new Date('2027-07-04T22:00:00Z'), end: new Date('2027-07-10T22:00:00Z') };
    const winterDay = { ...meeting, uid: 'tag@x', allDay: true, start: new Date('2027-11-26T23:00:00Z'), end: null };
    const text = calendar({ name: 'x', events: [week, winterDay], stamp });
    expect(text).toContain('DTSTART;VALUE=DATE:20270705\r\nDTEND;VALUE=DATE:20270712\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20271127\r\nDTEND;VALUE=DATE:20271128\r\n');
    const [first, second] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect([first.startDate.isDate, first.startDate.toString(), first.endDate.toString()]).toEqual([true, '2027-07-05', '2027-07-12']);
    expect([second.startDate.toString(), second.duration.toSeconds()]).toEqual(['2027-11-27', 86_400]);
  });
});
