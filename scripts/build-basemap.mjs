// Rebuild src/kronika/web/static/vendor/countries-110m.geojson, the dashboard's offline basemap.
// Usage: npm install world-atlas@2.0.2 topojson-client@3.1.0 (in a scratch folder), then
//   node scripts/build-basemap.mjs /path/to/scratch/node_modules
// Done once at build time; nothing is fetched when kronika runs.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const modules = process.argv[2];
const require = createRequire(join(modules, "noop.js"));
const { feature } = require("topojson-client");
const topology = JSON.parse(readFileSync(join(modules, "world-atlas/countries-110m.json")));
const round = (x) => (Array.isArray(x) ? x.map(round) : Math.round(x * 100) / 100);
const world = feature(topology, topology.objects.countries);
world.features = world.features.map((f) => ({
  type: "Feature",
  properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
const out = new URL("../src/kronika/web/static/vendor/countries-110m.geojson", import.meta.url);
writeFileSync(out, JSON.stringify(world));
