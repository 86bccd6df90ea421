import { describe, expect, it } from 'vitest';
import { PlaceProfileDocument } from '../generated/graphql';
import { recordedData } from '../../testing/replay-cms';
import { toPlaceProfile } from './place';
import { present } from './present';

const recorded = (name: string) => recordedData(name, PlaceProfileDocument);

const german = <T>(entries: T[]) => entries.map((entry) => ({ ...entry, contentLocale: 'de' as const }));

describe('toPlaceProfile', () => {
  const { places: [buergermeisterhof], notices } = recorded('place-buergermeisterhof');

  it('keeps the five profile sections in their order', () => {
    const profile = toPlaceProfile(buergermeisterhof!, german(present(notices)), 'https://cms.example.org');
    expect(profile.sections.map((s) => s.key)).toEqual(['building', 'location', 'town', 'people', 'livingAndWorking']);
    expect(profile.location).toBe('Salzwedel, Altmarkkreis Salzwedel, Sachsen-Anhalt');
    expect(profile.stage).toBe('under_development');
    expect(profile.isSample).toBe(false);
    expect(profile.facts).toEqual(expect.arrayContaining([{ key: 'yearBuilt', value: '1543' }, { key: 'projectFounded', value: '2020' }]));
  });

  it('builds responsive images against the public CMS URL', () => {
    const profile = toPlaceProfile(buergermeisterhof!, german(present(notices)), 'https://cms.example.org');
    expect(profile.cover?.src).toMatch(/^https:\/\/cms\.example\.org\/uploads\/.+\.jpg$/);
    const widths = profile.cover!.srcset.split(', ').map((c) => Number(c.split(' ')[1].replace('w', '')));
    expect(widths.length).toBeGreaterThan(2);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(profile.cover?.alt.length).toBeGreaterThan(5);
    expect(profile.gallery.every((image) => image.width > 0 && image.height > 0)).toBe(true);
  });

  it('lists what the place seeks and offers under each direction', () => {
    const profile = toPlaceProfile(buergermeisterhof!, german(present(notices)), '');
    expect(profile.seeking.map(({ kind }) => kind).sort()).toEqual(['fellow_campaigners', 'supporters']);
    expect(profile.offers.map(({ kind }) => kind).sort()).toEqual(['coworking', 'event_space', 'studios', 'workshops']);
  });
});
