import { expect, it } from 'vitest';
import { MapPlacesDocument } from '$lib/server/cms/generated/graphql';
import { getMapPlaces } from '$lib/server/cms/map-places';
import { parseDirectoryParams } from '$lib/server/directory-params';
import { recordedData, useReplayCms } from '$lib/server/testing/replay-cms';
import { toMapPins } from './pins';

useReplayCms();

const all = parseDirectoryParams(new URLSearchParams());

it('gives every place with coordinates, samples included while SHOW_SAMPLES is on, as [longitude, latitude]', async () => {
  const recorded = recordedData('map-places-samples', MapPlacesDocument).places_connection!.nodes;
  const pins = toMapPins(await getMapPlaces(all, 'de'), 'de');
  expect(pins.map((pin) => pin.slug)).toEqual(recorded.filter((place) => place.geo).map((place) => place.slug));
  expect(pins.some((pin) => pin.isSample)).toBe(true);
  expect(pins.find((pin) => pin.slug === 'buergermeisterhof')).toEqual({
    slug: 'buergermeisterhof',
    name: 'Bürgermeisterhof',
    teaser: expect.stringContaining('Salzwedel'),
    stageLabel: 'Im Aufbau',
    isSample: false,
    town: 'Salzwedel',
    href: '/orte/buergermeisterhof',
    position: [11.152, 52.8507],
  });
});
