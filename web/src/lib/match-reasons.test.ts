import { describe, expect, it } from 'vitest';
import { matchReasons } from './match-reasons';
import type { DirectoryParams, PlaceCard } from './types';

const NONE: DirectoryParams = { region: '', theme: '', stage: '', network: '', q: '', from: '', minutes: null, page: 1 };

const place: PlaceCard = {
  slug: 'vierseithof-bismark',
  name: 'Vierseithof Bismark',
  teaser: 'Ein Hof mit Werkstatt und Gästezimmern.',
  location: 'Bismark (Altmark), Sachsen-Anhalt',
  regionName: 'Altmark',
  stage: 'under_development',
  themes: [
    { slug: 'leben-tourismus', name: 'Leben & Tourismus' },
    { slug: 'wohnen-bauen', name: 'Wohnen & Bauen' },
  ],
  isSample: true,
  cover: null,
  hubMinutes: { berlin: 90, hannover: 135 },
  hubTimesBasis: 'door_to_door',
};

describe('why a place matches', () => {
  it('says nothing when no filter is active: every place matches', () => {
    expect(matchReasons(NONE, place, 'de')).toEqual([]);
    expect(matchReasons({ ...NONE, page: 2 }, place, 'de')).toEqual([]);
  });

  it('gives one reason per active filter, from the place’s own data', () => {
    expect(matchReasons({ ...NONE, theme: 'wohnen-bauen', stage: 'under_development', from: 'berlin', minutes: 120 }, place, 'de')).toEqual([
      'Thema Wohnen & Bauen',
      'im Aufbau',
      'ab Berlin ca. 1 Std. 30 Min. (Tür zu Tür)',
    ]);
    // The place's own region, also when the filter is its parent region.
    expect(matchReasons({ ...NONE, region: 'sachsen-anhalt' }, place, 'de')).toEqual(['Region Altmark']);
    expect(matchReasons({ ...NONE, network: 'kreativorte_im_gruenen' }, place, 'de')).toEqual(['Netzwerk Kreativorte im Grünen']);
    // A journey without its cap still says how long it takes from the hub, and what the time measures where known.
    expect(matchReasons({ ...NONE, from: 'hannover' }, place, 'de')).toEqual(['ab Hannover ca. 2 Std. 15 Min. (Tür zu Tür)']);
    expect(matchReasons({ ...NONE, from: 'hannover' }, { ...place, hubTimesBasis: null }, 'de')).toEqual(['ab Hannover ca. 2 Std. 15 Min.']);
  });

  it('says where the search text was found, as the directory searches', () => {
    expect(matchReasons({ ...NONE, q: 'vierseit' }, place, 'de')).toEqual(['„vierseit“ im Namen']);
    expect(matchReasons({ ...NONE, q: 'ALTMARK' }, place, 'de')).toEqual(['„ALTMARK“ im Ort']);
    expect(matchReasons({ ...NONE, q: 'werkstatt' }, place, 'de')).toEqual(['„werkstatt“ in der Beschreibung']);
  });

  it('speaks English under /en', () => {
    expect(matchReasons({ ...NONE, theme: 'wohnen-bauen', stage: 'active', from: 'berlin' }, { ...place, stage: 'active', themes: [{ slug: 'wohnen-bauen', name: 'Living & Building' }] }, 'en')).toEqual([
      'theme Living & Building',
      'up and running',
      'from Berlin about 1 h 30 min (door to door)',
    ]);
  });
});
