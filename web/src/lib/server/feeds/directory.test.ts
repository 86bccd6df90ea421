import { describe, expect, it } from 'vitest';
import { directoryFeedHref } from '$lib/directory-href';
import { InvalidParamError, parseDirectoryParams } from '../directory-params';
import { directoryFeedTitle } from './directory';

const options = {
  regions: [
    { slug: 'altmark', name: 'Altmark' },
    { slug: 'sachsen-anhalt', name: 'Sachsen-Anhalt' },
  ],
  themes: [{ slug: 'wohnen-bauen', name: 'Wohnen & Bauen' }],
};
/** A search as the directory reads it from its URL, so that the tests know every parameter it has. */
const search = (query: string) => parseDirectoryParams(new URLSearchParams(query));

describe('directoryFeedTitle', () => {
  it('says the search in words, in the order of the filters', () => {
    expect(directoryFeedTitle('de', search('region=altmark&thema=wohnen-bauen'), options)).toBe('Kreativorte: Altmark · Wohnen & Bauen');
    expect(directoryFeedTitle('de', search('region=altmark&phase=active&netzwerk=zukunftsorte_brandenburg&q=Hof'), options)).toBe(
      'Kreativorte: Altmark · Aktiv · Zukunftsorte Brandenburg · „Hof“',
    );
    expect(directoryFeedTitle('en', search('phase=under_development'), options)).toBe('Creative places: In development');
    expect(directoryFeedTitle('de', search('thema=wohnen-bauen&von=hamburg&minuten=120'), options)).toBe('Kreativorte: Wohnen & Bauen · ab Hamburg in höchstens 120 Minuten');
    expect(directoryFeedTitle('en', search('von=leipzig'), options)).toBe('Creative places: with travel time from Leipzig');
  });

  it('names all places when nothing is filtered; the page does not count', () => {
    expect(directoryFeedTitle('de', search('seite=3'), options)).toBe('Kreativorte: alle Orte');
    expect(directoryFeedTitle('en', search(''), options)).toBe('Creative places: all places');
  });
});

describe('directoryFeedHref', () => {
  it('is the search with the same parameters at /orte.xml, without the page', () => {
    expect(directoryFeedHref(search('region=altmark&thema=wohnen-bauen&seite=4'))).toBe('/orte.xml?region=altmark&thema=wohnen-bauen');
    expect(directoryFeedHref(search(''))).toBe('/orte.xml');
  });

  it('reads back as the same search', () => {
    const params = search('q=Hof+%26+Scheune&region=altmark&thema=wohnen-bauen&phase=idea&netzwerk=other&von=berlin&minuten=90');
    expect(params).toMatchObject({ region: 'altmark', theme: 'wohnen-bauen', stage: 'idea', network: 'other', q: 'Hof & Scheune', from: 'berlin', minutes: 90 });
    const url = new URL(directoryFeedHref(params), 'https://kreativorte.example');
    expect(url.pathname).toBe('/orte.xml');
    expect(parseDirectoryParams(url.searchParams)).toEqual(params);
  });

  it('is refused with the parameter named when a filter cannot be valid', () => {
    expect(() => parseDirectoryParams(new URLSearchParams('phase=bald'))).toThrow(new InvalidParamError('phase'));
  });
});
