// Derives the base map's small files from BKG's VG250 districts (a GeoJSON in WGS84 with the
// VG250 fields AGS, GEN, BEZ), so the site needs neither the source file nor a tile server.
// Usage: node scripts/geodata.mjs <path to DE-counties-vg250-2020.geojson>
// Writes src/lib/map/geodata/kreise.topo.json and deutschland.geojson; see the README there.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/geodata.mjs <path to the VG250 districts as GeoJSON>');
  process.exit(1);
}
const out = (name) => fileURLToPath(new URL(`../src/lib/map/geodata/${name}`, import.meta.url));
const input = { 'kreise.json': readFileSync(source, 'utf8') };

// Districts and states share their borders as arcs in one topology; 8 % of the points keep
// every district recognisable at the zoom of a federal state and the whole file under 400 KB.
// `lx`/`ly` is a point inside each district (not its centroid, which can fall outside) for its label.
const topology = await mapshaper.applyCommands(
  [
    '-i kreise.json name=kreise',
    '-filter-fields AGS,GEN,BEZ',
    "-each 'land=AGS.slice(0,2), lx=+this.innerX.toFixed(3), ly=+this.innerY.toFixed(3)'",
    '-simplify 8% keep-shapes',
    '-dissolve land + name=laender',
    '-o format=topojson quantization=100000 target=kreise,laender kreise.topo.json',
  ].join(' '),
  input,
);
writeFileSync(out('kreise.topo.json'), topology['kreise.topo.json']);

// Germany's outline for "is this point in Germany?": finer (30 % of the points, about 200 m
// off at worst), since a place near the border must not fall out.
const outline = await mapshaper.applyCommands(
  ['-i kreise.json name=deutschland', '-simplify 30% keep-shapes', '-dissolve', '-o format=geojson geojson-type=FeatureCollection precision=0.0001 deutschland.geojson'].join(' '),
  input,
);
writeFileSync(out('deutschland.geojson'), outline['deutschland.geojson']);
