import { describe, expect, it } from 'vitest';
import { boardHref } from '$lib/board';
import { parseBoardParams } from './board-page';
import { refusedParam } from './testing/params';

const parse = (query: string) => parseBoardParams(new URLSearchParams(query));
const refused = refusedParam(parseBoardParams);

describe("the board's parameters", () => {
  it('read kind, region, theme and page; absent ones filter nothing', () => {
    expect(parse('')).toEqual({ region: '', kind: '', theme: '', page: 1 });
    expect(parse('art=investors&region=altmark&thema=wohnen-bauen&seite=2')).toEqual({ region: 'altmark', kind: 'investors', theme: 'wohnen-bauen', page: 2 });
    // A direction, a seeking kind, an offer kind, and `other`, which fits both.
    for (const kind of ['gesucht', 'angeboten', 'fellow_campaigners', 'coworking', 'trial_living', 'other']) expect(parse(`art=${kind}`).kind).toBe(kind);
    expect(parse('art=%20coworking%20').kind).toBe('coworking');
  });

  it('refuse what cannot be valid, naming the parameter', () => {
    for (const [query, param] of [
      ['art=Gesucht', 'art'],
      ['art=seeking', 'art'],
      ['art=open_day', 'art'],
      ['art=1%20OR%201=1', 'art'],
      ['region=Altmark', 'region'],
      ['region=..%2F..%2Fetc', 'region'],
      ['thema=%3Cscript%3E', 'thema'],
      ['seite=0', 'seite'],
      ['seite=abc', 'seite'],
    ]) {
      expect(refused(query), query).toBe(param);
    }
  });

  it('give the page and the feed the same query, without empty filters or the first page', () => {
    const params = parse('art=angeboten&region=altmark&seite=1');
    expect(boardHref('/gesucht', params)).toBe('/gesucht?art=angeboten&region=altmark');
    expect(boardHref('/gesucht.xml', { ...params, page: 3 })).toBe('/gesucht.xml?art=angeboten&region=altmark&seite=3');
    expect(boardHref('/gesucht', {})).toBe('/gesucht');
  });
});
