import { describe, expect, it } from 'vitest';
import { PlaceProfileDocument } from '../generated/graphql';
import { recordedData } from '../../testing/replay-cms';
import { toPlaceProfile } from './place';
import { present } from './present';

const recorded = (name: string) => recordedData(name, PlaceProfileDocument);

describe('toPlaceProfile', () => {
  const [buergermeisterhof] = recorded('place-buergermeisterhof').places;

  it('keeps the five profile sections in their order', () => {
    const profile = toPlaceProfile(buergermeisterhof!, 'https://cms.example.org', '2026-11-29');
    expect(profile.sections.map((s) => s.key)).toEqual(['building', 'location', 'town', 'people', 'livingAndWorking']);
    expect(profile.location).toBe('Salzwedel, Altmarkkreis Salzwedel, Sachsen-Anhalt');
    expect(profile.stage).toBe('under_development');
    expect(profile.isSample).toBe(false);
    expect(profile.facts).toEqual(expect.arrayContaining([{ key: 'yearBuilt', value: '1543' }, { key: 'projectFounded', value: '2020' }]));
  });

  it('builds responsive images against the public CMS URL', () => {
    const profile = toPlaceProfile(buergermeisterhof!, 'https://cms.example.org', '2026-11-29');
    expect(profile.cover?.src).toMatch(/^https:\/\/cms\.example\.org\/uploads\/.+\.jpg$/);
    const widths = profile.cover!.srcset.split(', ').map((c) => Number(c.split(' ')[1].replace('w', '')));
    expect(widths.length).toBeGreaterThan(2);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(profile.cover?.alt.length).toBeGreaterThan(5);
    expect(profile.gallery.every((image) => image.width > 0 && image.height > 0)).toBe(true);
  });

  it('hides seeking entries whose expiry date has passed', () => {
    const [place] = recorded('place-landhandel-seehausen').places;
    const all = present(place!.seeking);
    const expired = all.filter((s) => s.expiresOn && s.expiresOn < '2026-11-29');
    expect(expired.length).toBeGreaterThan(0);
    expect(toPlaceProfile(place!, '', '2026-11-29').seeking).toHaveLength(all.length - expired.length);
    expect(toPlaceProfile(place!, '', '2025-01-01').seeking).toHaveLength(all.length);
  });
});
