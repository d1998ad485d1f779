#!/usr/bin/env node
// Zips the WordPress plugin (integrations/wordpress/metropolis-training/) into
// integrations/wordpress/dist/metropolis-training.zip, the file an administrator uploads
// (Plugins → Add New → Upload): one folder, metropolis-training/, at its root. Run at the end of
// `npm run build`. A minimal zip writer (deflate from node:zlib, CRC-32 here) rather than a new
// dependency; fixed timestamps, so the same files give the same bytes.
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {deflateRawSync} from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'integrations/wordpress/metropolis-training');
const target = join(root, 'integrations/wordpress/dist/metropolis-training.zip');

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309), as zip wants it. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function files(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// 1980-01-01 00:00, the earliest DOS date.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A zip of `entries` ([name, bytes]; names ending in `/` are folders): each file deflated
 * unless that makes it bigger, then stored.
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = data.length ? deflateRawSync(data, {level: 9}) : data;
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (for the permissions below)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    const folder = name.endsWith('/');
    central.writeUInt32LE((((folder ? 0o40755 : 0o100644) << 16) | (folder ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The plugin's entries: its folders, then files, under metropolis-training/. */
export function pluginEntries() {
  const paths = files(source).map((path) => relative(source, path).split(sep).join('/'));
  const folders = new Set(['']);
  for (const path of paths) for (let at = path.indexOf('/'); at > 0; at = path.indexOf('/', at + 1)) folders.add(path.slice(0, at + 1));
  return [
    ...[...folders].sort().map((folder) => [`metropolis-training/${folder}`, Buffer.alloc(0)]),
    ...paths.map((path) => [`metropolis-training/${path}`, readFileSync(join(source, path))]),
    // The repository's licence travels with the plugin, as it does with the npm packages.
    ['metropolis-training/LICENSE', readFileSync(join(root, 'LICENSE'))],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(target), {recursive: true});
  const entries = pluginEntries();
  writeFileSync(target, zip(entries));
  console.log(`${relative(root, target)}: ${entries.filter(([name]) => !name.endsWith('/')).length} files`);
}
