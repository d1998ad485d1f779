// The plainest static file server (what `python3 -m http.server` does): files of one folder by
// path, a content type by extension, nothing else — no API, no rewrites, no compression. The
// examples test serves examples/ with it to show the pages need no more than that.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';

const types = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json'};

/** Serves `folder` on a loopback port; resolves to its URL (no trailing slash) and `close()`. */
export async function serveFolder(folder) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(folder.endsWith(sep) ? folder : folder + sep)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'}).end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve))};
}
