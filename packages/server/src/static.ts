/**
 * Static files: the example pages at `/`, the SDK's script-tag bundle at `/sdk/`, and the
 * elements' bundles at `/elements/` once that package is built. One table of mounts, each
 * saying how long its files may be cached and whether any site may load them. Each file is
 * compressed once (on its first request, again only when it changes).
 * @module
 */
import {readdir, readFile, stat} from 'node:fs/promises';
import {dirname, extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Context} from 'hono';
import {prepareBody, sendPrepared, type PreparedBody} from './encoding.js';

/** A URL prefix served from a folder. */
export interface Mount {
  /** Ends with `/`. */
  prefix: string;
  /** Absolute folder; a missing folder simply serves nothing. */
  dir: string;
  /** `Cache-Control` of a file, by its path under the folder. */
  cacheControl: (path: string) => string;
  /** Public, credential-free code any site may load (`Access-Control-Allow-Origin: *`): module scripts need it across origins. */
  anyOrigin: boolean;
}

/** Entry bundles and pages: kept five minutes, then revalidated with their ETag (a 304 costs no body). */
const SHORT = 'public, max-age=300';
/** Files whose name holds a hash of their content never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The repository's root, when the server runs from the repository. */
const repository = fileURLToPath(new URL('../../../', import.meta.url));

/** The SDK's `dist/cdn` folder, found through the package itself so it works once installed too. */
function sdkCdn(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('@metropolis-training/sdk'))), 'cdn');
}

/** The mounts, most specific first; `publicDir` (the examples) is served at `/`. */
export function staticMounts(publicDir: string | undefined): Mount[] {
  return [
    {prefix: '/sdk/', dir: sdkCdn(), cacheControl: () => SHORT, anyOrigin: true},
    {prefix: '/elements/', dir: join(repository, 'packages/elements/dist/cdn'), cacheControl: (path) => (path.startsWith('chunks/') ? IMMUTABLE : SHORT), anyOrigin: true},
    // Pages are revalidated on every visit, so a new build shows at once.
    ...(publicDir ? [{prefix: '/', dir: publicDir, cacheControl: () => 'no-cache', anyOrigin: false}] : []),
  ];
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under the mounts, never outside its folder, with its mount. */
function resolveFile(mounts: readonly Mount[], pathname: string): {file: string; mount: Mount; path: string} | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  for (const mount of mounts) {
    const {prefix, dir} = mount;
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? {file, mount, path: path.slice(prefix.length)} : undefined;
  }
  return undefined;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A public code folder without an index page (`/sdk/`, `/elements/`): a short list of what is there. */
async function listing(c: Context, folder: string): Promise<Response> {
  const entries = (await readdir(folder, {withFileTypes: true})).filter((e) => !e.name.endsWith('.map') && !e.name.startsWith('.')).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort();
  const path = escapeHtml(c.req.path.endsWith('/') ? c.req.path : `${c.req.path}/`);
  const items = entries.map((name) => `<li><a href="${path}${escapeHtml(name)}">${escapeHtml(name)}</a></li>`).join('\n');
  c.header('Cache-Control', 'no-cache');
  c.header('Content-Type', 'text/html; charset=utf-8');
  return c.body(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${path} — Metropolis Training</title></head>\n<body><h1>${path}</h1>\n<p>Files of this folder (see the project's README for how to use them):</p>\n<ul>\n${items}\n</ul></body></html>\n`, 200);
}

/** Files prepared once, until they change (a rebuild while the server runs). */
const prepared = new Map<string, {mtimeMs: number; size: number; body: PreparedBody}>();

/** Serves a GET or HEAD from the mounts; `undefined` when no file matches (the caller answers 404). */
export async function serveStatic(c: Context, mounts: readonly Mount[]): Promise<Response | undefined> {
  const found = resolveFile(mounts, c.req.path);
  if (!found) return undefined;
  let {file} = found;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      const folder = file;
      file = join(folder, 'index.html');
      const index = await stat(file).catch(() => undefined);
      if (!index) return found.mount.anyOrigin ? listing(c, folder) : undefined;
      info = index;
    }
    let entry = prepared.get(file);
    if (!entry || entry.mtimeMs !== info.mtimeMs || entry.size !== info.size) {
      entry = {mtimeMs: info.mtimeMs, size: info.size, body: prepareBody(await readFile(file), types[extname(file)] ?? 'application/octet-stream')};
      prepared.set(file, entry);
    }
    if (found.mount.anyOrigin) c.header('Access-Control-Allow-Origin', '*');
    return sendPrepared(c, entry.body, found.mount.cacheControl(found.path));
  } catch {
    return undefined;
  }
}
