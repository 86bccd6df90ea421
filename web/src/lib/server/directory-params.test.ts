import { describe, expect, it } from 'vitest';
import { directoryHref } from '$lib/directory-href';
import { directoryFilters, directorySort } from './cms/places';
import { parseDirectoryParams } from './directory-params';
import { refusedParam } from './testing/params';

const parse = (query: string) => parseDirectoryParams(new URLSearchParams(query));
const refused = refusedParam(parseDirectoryParams);

describe("the directory's travel-time parameters", () => {
  it('read von and minuten; without them nothing is filtered by travel time', () => {
    expect(parse('')).toMatchObject({ from: '', minutes: null });
    expect(parse('von=hamburg&minuten=120')).toMatchObject({ from: 'hamburg', minutes: 120 });
    expect(parse('von=leipzig')).toMatchObject({ from: 'leipzig', minutes: null });
    expect(parse('von=berlin&minuten=600').minutes).toBe(600);
  });

  it('count minuten without von from Berlin', () => {
    expect(parse('minuten=90')).toMatchObject({ from: 'berlin', minutes: 90 });
    expect(parse('von=&minuten=90')).toMatchObject({ from: 'berlin', minutes: 90 });
  });

  it('refuse what cannot be valid, naming the parameter', () => {
    for (const von of ['paris', 'Berlin', 'minutesFromBerlin', '%3Cscript%3E']) expect(refused(`von=${von}`), von).toBe('von');
    for (const minuten of ['0', '601', '90.5', '-5', 'abc', '090', '1e2']) expect(refused(`von=berlin&minuten=${minuten}`), minuten).toBe('minuten');
  });

  it('round-trip through directoryHref, after netzwerk and before seite', () => {
    const params = parse('region=altmark&netzwerk=other&von=magdeburg&minuten=75&seite=2');
    const href = directoryHref(params);
    expect(href).toBe('/orte?region=altmark&netzwerk=other&von=magdeburg&minuten=75&seite=2');
    expect(parseDirectoryParams(new URL(href, 'http://x').searchParams)).toEqual(params);
    expect(directoryHref(parse('von=berlin'))).toBe('/orte?von=berlin');
  });
});

describe("the directory's filter and order from a hub", () => {
  it('keeps places within the time, or with any known time, and orders them quickest first', () => {
    expect(directoryFilters(parse('von=berlin&minuten=90'), true)).toEqual({ and: [{ minutesFromBerlin: { lte: 90 } }] });
    expect(directoryFilters(parse('von=hannover'), true)).toEqual({ and: [{ minutesFromHannover: { notNull: true } }] });
    expect(directoryFilters(parse('region=altmark&von=leipzig&minuten=60'), false).and).toEqual([
      { isSample: { eq: false } },
      { region: { or: [{ slug: { eq: 'altmark' } }, { parent: { slug: { eq: 'altmark' } } }] } },
      { minutesFromLeipzig: { lte: 60 } },
    ]);
    expect(directorySort(parse('von=hamburg'))).toEqual(['minutesFromHamburg:asc', 'name:asc', 'slug:asc']);
    expect(directorySort(parse(''))).toEqual(['name:asc', 'slug:asc']);
  });
});
