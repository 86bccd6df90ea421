import { describe, expect, it } from 'vitest';
import { parseCalendarParams } from './calendar-params';
import { refusedParam } from './testing/params';

const parse = (query: string) => parseCalendarParams(new URLSearchParams(query));
const refused = refusedParam(parseCalendarParams);

describe("the calendar's parameters", () => {
  it('read region, month, kind, theme and page; absent ones filter nothing', () => {
    expect(parse('')).toEqual({ region: '', month: '', kind: '', theme: '', page: 1 });
    expect(parse('region=altmark&monat=2027-07&art=trial_living&thema=wohnen-bauen&seite=2')).toEqual({
      region: 'altmark',
      month: '2027-07',
      kind: 'trial_living',
      theme: 'wohnen-bauen',
      page: 2,
    });
    expect(parse('art=network_meeting').kind).toBe('network_meeting');
  });

  it('refuse what cannot be valid, naming the parameter', () => {
    expect(refused('monat=2027-7')).toBe('monat');
    expect(refused('monat=2027-00')).toBe('monat');
    expect(refused('monat=0001-01')).toBe('monat');
    expect(refused('art=Workshop')).toBe('art');
    expect(refused('art=meeting')).toBe('art');
    expect(refused('region=Altmark')).toBe('region');
    expect(refused('thema=a%20b')).toBe('thema');
    expect(refused('seite=0')).toBe('seite');
  });
});
