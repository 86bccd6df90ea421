import { describe, expect, it } from 'vitest';
import { directoryFeedHref } from '$lib/directory-href';
import type { DirectoryParams } from '$lib/types';
import { InvalidParamError, parseDirectoryParams } from '../directory-params';
import { directoryFeedTitle } from './directory';

const options = {
  regions: [
    { slug: 'altmark', name: 'Altmark' },
    { slug: 'sachsen-anhalt', name: 'Sachsen-Anhalt' },
  ],
  themes: [{ slug: 'wohnen-bauen', name: 'Wohnen & Bauen' }],
};
const none: DirectoryParams = { region: '', theme: '', stage: '', network: '', q: '', page: 1 };

describe('directoryFeedTitle', () => {
  it('says the search in words, in the order of the filters', () => {
    expect(directoryFeedTitle('de', { ...none, region: 'altmark', theme: 'wohnen-bauen' }, options)).toBe('Kreativorte: Altmark · Wohnen & Bauen');
    expect(directoryFeedTitle('de', { ...none, region: 'altmark', stage: 'active', network: 'zukunftsorte_brandenburg', q: 'Hof' }, options)).toBe(
      'Kreativorte: Altmark · Aktiv · Zukunftsorte Brandenburg · „Hof“',
    );
    expect(directoryFeedTitle('en', { ...none, stage: 'under_development' }, options)).toBe('Creative places: In development');
  });

  it('names all places when nothing is filtered; the page does not count', () => {
    expect(directoryFeedTitle('de', { ...none, page: 3 }, options)).toBe('Kreativorte: alle Orte');
    expect(directoryFeedTitle('en', none, options)).toBe('Creative places: all places');
  });
});

describe('directoryFeedHref', () => {
  it('is the search with the same parameters at /orte.xml, without the page', () => {
    expect(directoryFeedHref({ ...none, region: 'altmark', theme: 'wohnen-bauen', page: 4 })).toBe('/orte.xml?region=altmark&thema=wohnen-bauen');
    expect(directoryFeedHref(none)).toBe('/orte.xml');
  });

  it('reads back as the same search', () => {
    const params: DirectoryParams = { region: 'altmark', theme: 'wohnen-bauen', stage: 'idea', network: 'other', q: 'Hof & Scheune', page: 1 };
    const url = new URL(directoryFeedHref(params), 'https://kreativorte.example');
    expect(parseDirectoryParams(url.searchParams)).toEqual(params);
  });

  it('is refused with the parameter named when a filter cannot be valid', () => {
    expect(() => parseDirectoryParams(new URLSearchParams('phase=bald'))).toThrow(new InvalidParamError('phase'));
  });
});
