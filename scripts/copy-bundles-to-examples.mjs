#!/usr/bin/env node
// The last step of `npm run build`: copies the built bundles and the sample catalogs beside the
// example pages (examples/elements/, examples/sdk/, examples/catalog*.json; all ignored by git),
// so the pages load them by relative paths and any static file server can serve examples/. The
// reference server serves the same files at /elements/, /sdk/ and /catalog*.json.
import {cpSync, readdirSync, rmSync} from 'node:fs';

const root = new URL('../', import.meta.url);
const examples = new URL('examples/', root);
const copies = [
  ['packages/elements/dist/cdn/', 'elements/'],
  ['packages/sdk/dist/cdn/', 'sdk/'],
];
for (const [from, to] of copies) {
  // Emptied first: chunk names carry a hash, and an earlier build's chunks must not linger.
  rmSync(new URL(to, examples), {recursive: true, force: true});
  cpSync(new URL(from, root), new URL(to, examples), {recursive: true, filter: (source) => !source.endsWith('.manifest.json')});
}
const sdkDist = new URL('packages/sdk/dist/', root);
const catalogs = readdirSync(sdkDist).filter((name) => /^catalog(\.[a-z]{2})?\.json$/.test(name));
for (const name of catalogs) cpSync(new URL(name, sdkDist), new URL(name, examples));
console.log(`examples/: elements/, sdk/ and ${catalogs.length} catalog files copied beside the pages`);
