import { describe, expect, it } from 'vitest';
import { registrationHref, safeHref } from './safe-href';

describe('safeHref: links from content', () => {
  it.each([
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.ORG/Pfad', 'https://example.org/Pfad'],
    ['  https://example.org/  ', 'https://example.org/'],
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['MailTo:info@example.org?subject=Hallo', 'mailto:info@example.org?subject=Hallo'],
    ['/orte', '/orte'],
    ['/orte?region=altmark#liste', '/orte?region=altmark#liste'],
    [' /ueber', '/ueber'],
  ])('keeps %j as %j', (input, expected) => expect(safeHref(input)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(document.cookie)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001f javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript%3Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/datei',
    'tel:+4939012345',
    'blob:https://example.org/1234',
    '//evil.example/pfad',
    '/\\evil.example/pfad',
    '\\\\evil.example',
    'orte/relativ',
    '#anker',
    '?q=1',
    '',
    'nicht eine URL',
  ])('refuses %j', (input) => expect(safeHref(input)).toBeNull());

  it('refuses anything but a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.org']]) expect(safeHref(value)).toBeNull();
  });
});

describe('registrationHref: until the date is over', () => {
  const url = 'https://example.org/anmeldung';
  it('keeps a timed event\'s link until its end', () => {
    const event = { startsAt: '2027-06-12T08:00:00.000Z', endsAt: '2027-06-12T15:00:00.000Z' };
    expect(registrationHref(url, event, new Date('2027-06-12T14:59:00Z'))).toBe(url);
    expect(registrationHref(url, event, new Date('2027-06-12T15:00:00Z'))).toBeNull();
  });

  it('keeps an all-day event\'s link through its whole last day in Berlin', () => {
    // 5 to 11 July 2027: the stored end is midnight in Berlin of the 11th, the link lasts until the 12th begins.
    const week = { startsAt: '2027-07-04T22:00:00.000Z', endsAt: '2027-07-10T22:00:00.000Z', allDay: true };
    expect(registrationHref(url, week, new Date('2027-07-11T21:59:00Z'))).toBe(url);
    expect(registrationHref(url, week, new Date('2027-07-11T22:00:00Z'))).toBeNull();
  });
});
