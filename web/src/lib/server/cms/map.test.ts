import { expect, it } from 'vitest';
import { parseDirectoryParams } from '../directory-params';
import { recordedData, useReplayCms } from '../testing/replay-cms';
import { MapPlacesDocument } from './generated/graphql';
import { getMapPins } from './map';

useReplayCms();

const all = parseDirectoryParams(new URLSearchParams());

it('gives every place with coordinates, samples included while SHOW_SAMPLES is on, as [longitude, latitude]', async () => {
  const recorded = recordedData('map-places-samples', MapPlacesDocument).places_connection!.nodes;
  const pins = await getMapPins(all, 'de');
  expect(pins.map((pin) => pin.slug)).toEqual(recorded.filter((place) => place.geo).map((place) => place.slug));
  expect(pins.some((pin) => pin.isSample)).toBe(true);
  expect(pins.find((pin) => pin.slug === 'buergermeisterhof')).toEqual({
    slug: 'buergermeisterhof',
    name: 'Bürgermeisterhof',
    teaser: expect.stringContaining('Salzwedel'),
    stageLabel: 'Im Aufbau',
    isSample: false,
    href: '/orte/buergermeisterhof',
    position: [11.152, 52.8507],
  });
});
