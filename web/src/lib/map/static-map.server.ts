import { frameOf, mapLabels } from './outlines.server';
import { townLabels, type MapLabel, type MapPin, type StaticMap, type StaticMark } from './pins';
import { contains, fitProjection, FRAMES } from './project';

/** Width of the fallback drawing in SVG units; it scales with the page. */
const WIDTH = 800;

/** A place this close (in SVG units, about 12 km in the network area) to a mark joins it. */
const CLUSTER_RADIUS = 24;

/** Font sizes of the labels in SVG units, as MapView's stylesheet sets them. */
const FONT_SIZE: Record<MapLabel['kind'], number> = { city: 15, district: 11, town: 12 };

type Box = [number, number, number, number];

/** About where a centred label's text lies, from its length (the body font averages under 0.6 em a letter). */
const textBox = ({ name, kind, x, y }: MapLabel & { x: number; y: number }): Box => {
  const [half, size] = [(name.length * FONT_SIZE[kind] * 0.6) / 2, FONT_SIZE[kind]];
  return [x - half, y - size, x + half, y + size * 0.3];
};

const collide = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

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
  const inFrame = pins.filter((pin) => contains(bounds, pin.position));
  const clusters = clusterNearby(inFrame.map((pin) => ({ pin, at: project(pin.position) })), CLUSTER_RADIUS);
  const marks = clusters.map(({ x, y, pins: members }): StaticMark => {
    const centre = { x: Math.round(x / members.length), y: Math.round(y / members.length) };
    if (members.length === 1) return { ...centre, count: 1, href: members[0].href, name: members[0].name };
    return { ...centre, count: members.length, href: listHref, name: clusterLabel(members.length) };
  });
  const base = mapLabels();
  const labels = base
    .filter((label) => contains(bounds, label.position))
    .map((label) => {
      const [x, y] = project(label.position);
      return { ...label, x, y };
    });
  // The towns' names go where they fit: inside the drawing, clear of the other names and the marks.
  const radius = (mark: StaticMark) => (mark.count === 1 ? 9 : 15);
  const taken = [...labels.map(textBox), ...marks.map((mark): Box => [mark.x - radius(mark), mark.y - radius(mark), mark.x + radius(mark), mark.y + radius(mark)])];
  const cities = base.filter((label) => label.kind === 'city').map((label) => label.name);
  for (const town of townLabels(inFrame, cities)) {
    const [x, y] = project(town.position);
    // The name hangs just below the dot or cluster drawn over the town.
    const under = marks.find((mark) => Math.hypot(mark.x - x, mark.y - y) < radius(mark));
    const label = { ...town, x, y: Math.round(y + (under ? radius(under) : 2) + FONT_SIZE.town) };
    const box = textBox(label);
    if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height || taken.some((other) => collide(box, other))) continue;
    taken.push(box);
    labels.push(label);
  }
  return { frame: name, width, height, labels, marks, total: pins.length };
};
