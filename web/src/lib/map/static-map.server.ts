import { staticOutline } from './outlines.server';
import type { MapPin, StaticMap } from './pins';
import { boundsAround, fitProjection, NETWORK_AREA, union } from './project';

/** Width of the fallback drawing in SVG units; it scales with the page. */
const WIDTH = 800;

/** The map drawn as SVG on the server: shown without JavaScript or WebGL, and until the interactive map is ready. */
export const staticMap = (pins: MapPin[]): StaticMap => {
  const bounds = pins.length ? union(NETWORK_AREA, boundsAround(pins.map((pin) => pin.position), 0.3)) : NETWORK_AREA;
  const { project } = fitProjection(bounds, WIDTH);
  return {
    outline: staticOutline(bounds, WIDTH),
    pins: pins.map((pin) => {
      const [x, y] = project(pin.position);
      return { ...pin, x, y };
    }),
  };
};
