#!/usr/bin/env node
// `npm start` (until the reference server lands): serves the example pages, the SDK bundle and
// the sample catalog JSON on http://localhost:8080 (PORT to change it). Static files only.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8'};
// URL prefix → folder. Paths are normalized and must stay inside their folder.
const mounts = [
  ['/sdk/', join(root, 'packages/sdk/dist/cdn')],
  ['/catalog.json', join(root, 'packages/sdk/dist/catalog.json')],
  ['/', join(root, 'examples')],
];

function resolve(pathname) {
  if (pathname === '/') pathname = '/sdk-catalog.html';
  for (const [prefix, target] of mounts) {
    if (pathname === prefix && !prefix.endsWith('/')) return target;
    if (prefix.endsWith('/') && pathname.startsWith(prefix)) {
      const file = normalize(join(target, pathname.slice(prefix.length)));
      return file.startsWith(target) ? file : undefined;
    }
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const {pathname} = new URL(request.url ?? '/', 'http://localhost');
  const file = request.method === 'GET' || request.method === 'HEAD' ? resolve(decodeURIComponent(pathname)) : undefined;
  try {
    if (!file) throw Object.assign(new Error('not found'), {code: 'ENOENT'});
    const body = await readFile(file);
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache'});
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    const missing = error.code === 'ENOENT' || error.code === 'EISDIR';
    response.writeHead(missing ? 404 : 500, {'content-type': 'text/plain; charset=utf-8'});
    response.end(missing ? 'Not found' : 'Server error');
  }
});

server.listen(port, () => console.log(`Metropolis Training sample catalog: http://localhost:${port}/`));
