import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

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
