/**
 * Static files: the example pages at `/`, the SDK's script-tag bundle at `/sdk/`, and the
 * elements' bundles at `/elements/` once that package is built. One table of mounts.
 * @module
 */
import {readFile, stat} from 'node:fs/promises';
import {dirname, extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Context} from 'hono';

/** A URL prefix served from a folder. */
export interface Mount {
  /** Ends with `/`. */
  prefix: string;
  /** Absolute folder; a missing folder simply serves nothing. */
  dir: string;
}

/** The repository's root, when the server runs from the repository. */
const repository = fileURLToPath(new URL('../../../', import.meta.url));

/** The SDK's `dist/cdn` folder, found through the package itself so it works once installed too. */
function sdkCdn(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('@metropolis-training/sdk'))), 'cdn');
}

/** The mounts, most specific first; `publicDir` (the examples) is served at `/`. */
export function staticMounts(publicDir: string | undefined): Mount[] {
  return [
    {prefix: '/sdk/', dir: sdkCdn()},
    {prefix: '/elements/', dir: join(repository, 'packages/elements/dist/cdn')},
    ...(publicDir ? [{prefix: '/', dir: publicDir}] : []),
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

/** The file a URL path names under the mounts, never outside its folder. */
function resolveFile(mounts: readonly Mount[], pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  for (const {prefix, dir} of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : undefined;
  }
  return undefined;
}

/** Serves a GET or HEAD from the mounts; `undefined` when no file matches (the caller answers 404). */
export async function serveStatic(c: Context, mounts: readonly Mount[]): Promise<Response | undefined> {
  let file = resolveFile(mounts, c.req.path);
  if (!file) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    c.header('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    c.header('Cache-Control', 'no-cache');
    return c.body(body, 200);
  } catch {
    return undefined;
  }
}
