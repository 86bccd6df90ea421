import { frameOf, mapLabels } from './outlines.server';
import type { MapPin, StaticMap, StaticMark } from './pins';
import { contains, fitProjection, FRAMES } from './project';

/** Width of the fallback drawing in SVG units; it scales with the page. */
const WIDTH = 800;

/** A place this close (in SVG units, about 12 km in the network area) to a mark joins it. */
const CLUSTER_RADIUS = 24;

type Cluster = { seed: [number, number]; x: number; y: number; pins: MapPin[] };

/**
 * Greedy clustering: a place joins the first mark whose first place lies within `radius`, else
 * starts one. A grid of `radius`-sized cells finds the candidates, so this stays linear; as the
 * first places of marks lie at least `radius` apart, the marks are bounded by the area, not by
 * the places.
 */
const clusterNearby = (placed: { pin: MapPin; at: [number, number] }[], radius: number): Cluster[] => {
  const clusters: Cluster[] = [];
  const grid = new Map<string, Cluster[]>();
  for (const { pin, at } of placed) {
    const [x, y] = at;
    const [column, row] = [Math.floor(x / radius), Math.floor(y / radius)];
    const near = [-1, 0, 1]
      .flatMap((dx) => [-1, 0, 1].flatMap((dy) => grid.get(`${column + dx},${row + dy}`) ?? []))
      .find(({ seed }) => Math.hypot(seed[0] - x, seed[1] - y) <= radius);
    const cluster = near ?? { seed: at, x: 0, y: 0, pins: [] };
    if (!near) {
      clusters.push(cluster);
      const key = `${column},${row}`;
      grid.set(key, [...(grid.get(key) ?? []), cluster]);
    }
    cluster.x += x;
    cluster.y += y;
    cluster.pins.push(pin);
  }
  return clusters;
};

/**
 * The map drawn as SVG on the server: shown without JavaScript or WebGL, and until the
 * interactive map is ready. Places are clustered on a grid, so the page stays small however many
 * there are; a cluster links to `listHref`, the list of the map's places. The frame is `frame`
 * (a region's), else the network's area, or all of Germany when a place lies outside it.
 */
export const staticMap = (pins: MapPin[], listHref: string, clusterLabel: (count: number) => string, frame?: string): StaticMap => {
  const name = frame ?? (pins.every((pin) => contains(FRAMES.netz.bounds, pin.position)) ? 'netz' : 'deutschland');
  const chosen = frameOf(name);
  if (!chosen) throw new Error(`no map frame ${name}`);
  const { bounds } = chosen;
  const { project, width, height } = fitProjection(bounds, WIDTH);
  const clusters = clusterNearby(
    pins.filter((pin) => contains(bounds, pin.position)).map((pin) => ({ pin, at: project(pin.position) })),
    CLUSTER_RADIUS,
  );
  const marks = clusters.map(({ x, y, pins: members }): StaticMark => {
    const centre = { x: Math.round(x / members.length), y: Math.round(y / members.length) };
    if (members.length === 1) return { ...centre, count: 1, href: members[0].href, name: members[0].name };
    return { ...centre, count: members.length, href: listHref, name: clusterLabel(members.length) };
  });
  const labels = mapLabels()
    .filter((label) => contains(bounds, label.position))
    .map((label) => {
      const [x, y] = project(label.position);
      return { ...label, x, y };
    });
  return { frame: name, width, height, labels, marks, total: pins.length };
};
