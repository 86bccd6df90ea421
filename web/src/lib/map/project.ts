/**
 * A plain equirectangular projection for the static maps (the WebGL-free fallback and the small
 * map on a profile). Longitude is shrunk by the cosine of the view's middle latitude, so that at
 * Germany's latitudes shapes keep their proportions without a projection library.
 */

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export type Projection = {
  width: number;
  height: number;
  /** [longitude, latitude] to [x, y] in the SVG's user units, y growing downwards. */
  project: (position: [number, number]) => [number, number];
};

/** The smallest bounds around the positions, widened by `margin` degrees on every side. */
export const boundsAround = (positions: [number, number][], margin = 0): Bounds => {
  if (!positions.length) throw new Error('boundsAround needs at least one position');
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positions) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west - margin, south - margin, east + margin, north + margin];
};

/** A projection that fits `bounds` into a drawing `width` units wide; the height follows. */
export const fitProjection = ([west, south, east, north]: Bounds, width: number): Projection => {
  const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * shrink);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    width,
    height: round((north - south) * scale),
    project: ([lng, lat]) => [round((lng - west) * shrink * scale), round((north - lat) * scale)],
  };
};

type Ring = [number, number][];

/** SVG path data for polygon rings: one closed subpath per ring, so holes cut out with evenodd. */
export const ringsToPath = (rings: Ring[], projection: Projection) =>
  rings
    .map((ring) =>
      ring
        .map((position, index) => {
          const [x, y] = projection.project(position);
          return `${index ? 'L' : 'M'}${x} ${y}`;
        })
        .join('') + 'Z',
    )
    .join('');

/** Whether two bounds overlap: outlines wholly outside the view are left out of the drawing. */
export const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Germany with a little of its neighbours: the frame of the small map on a profile. */
export const GERMANY: Bounds = [5.4, 47.1, 15.6, 55.2];

/** The place network's part of Germany (Sachsen-Anhalt, Brandenburg and around): the fallback map's default frame. */
export const NETWORK_AREA: Bounds = [9.5, 50.6, 15.2, 54.0];

/** Width of the profile's small map in SVG units. */
export const LOCATOR_WIDTH = 300;

/**
 * The fixed frames of the static maps, each served as a base drawing at `/karte/<name>.svg`:
 * Germany with its states (the profile's small map, and the fallback for places far apart) and
 * the network's area with its districts. `width` is the drawing's size in SVG units. Regions
 * get frames of their own, `region-<slug>` (see `frameOf` in outlines.server.ts).
 */
export const FRAMES = {
  deutschland: { bounds: GERMANY, width: LOCATOR_WIDTH, districts: false },
  netz: { bounds: NETWORK_AREA, width: 800, districts: true },
} satisfies Record<string, Frame>;

/** A static map's frame: its bounds, its width in SVG units, whether districts are drawn, and which region is set apart. */
export type Frame = { bounds: Bounds; width: number; districts: boolean; region?: string };

/** Whether a position lies inside the bounds. */
export const contains = ([west, south, east, north]: Bounds, [lng, lat]: [number, number]) => lng >= west && lng <= east && lat >= south && lat <= north;
