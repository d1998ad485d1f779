import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {request} from 'node:http';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {catalogInLanguage} from '@metropolis-training/sdk';
import {ADMIN_TOKEN, startTestServer, type TestServer} from './test-support/server.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers, the body as sent (fetch would decode it). */
function rawGet(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port: server.port, path, headers}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}));
    });
    req.on('error', reject);
    req.end();
  });
}

const header = (raw: Raw, name: string) => String(raw.headers[name] ?? '');

describe('compression, caching and cross-origin use of what pages download', () => {
  let server: TestServer;
  let chunk: string;
  before(async () => {
    server = await startTestServer();
    chunk = readdirSync(new URL('../../elements/dist/cdn/chunks/', import.meta.url)).find((f) => f.endsWith('.js'))!;
  });
  after(() => server.close());

  const admin = {authorization: `Bearer ${ADMIN_TOKEN}`};
  const paths = () => [
    ['/v1/catalog', {}],
    ['/catalog.json', {}],
    ['/catalog.en.json', {}],
    ['/v1/catalog?lang=fr', {}],
    ['/elements/metropolis-training.js', {}],
    [`/elements/chunks/${chunk}`, {}],
    ['/sdk/metropolis-sdk.js', {}],
    ['/', {}],
    ['/example.css', {}],
    // Compressed as it goes (the others are compressed once).
    ['/v1/openapi.json', {}],
  ] as const;

  it('sends every text answer in brotli or gzip as accepted, decoding to the same bytes, with Vary: Accept-Encoding', async () => {
    for (const [path, extra] of paths() as readonly (readonly [string, Record<string, string>])[]) {
      const plain = await rawGet(server, path, {...extra, 'accept-encoding': 'identity'});
      assert.equal(plain.status, 200, path);
      assert.equal(header(plain, 'content-encoding'), '', `${path} plain`);
      const br = await rawGet(server, path, {...extra, 'accept-encoding': 'gzip, deflate, br'});
      assert.equal(header(br, 'content-encoding'), 'br', path);
      assert.deepEqual(brotliDecompressSync(br.body), plain.body, `${path} br`);
      assert.ok(br.body.length < plain.body.length, `${path} smaller`);
      const gzip = await rawGet(server, path, {...extra, 'accept-encoding': 'gzip;q=1, br;q=0'});
      assert.equal(header(gzip, 'content-encoding'), 'gzip', path);
      assert.deepEqual(gunzipSync(gzip.body), plain.body, `${path} gzip`);
      for (const answer of [plain, br, gzip]) assert.match(header(answer, 'vary'), /Accept-Encoding/i, path);
    }
  });

  it('gives bundles and the catalog a strong ETag per encoding and answers a matching If-None-Match with 304', async () => {
    for (const path of ['/v1/catalog', '/catalog.json', '/elements/metropolis-training.js', `/elements/chunks/${chunk}`, '/sdk/metropolis-sdk.js', '/']) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const first = await rawGet(server, path, {'accept-encoding': encoding});
        const etag = header(first, 'etag');
        assert.match(etag, /^"[^"]+"$/, `${path} ${encoding}: strong`);
        const again = await rawGet(server, path, {'accept-encoding': encoding, 'if-none-match': etag});
        assert.equal(again.status, 304, `${path} ${encoding}`);
        assert.equal(again.body.length, 0);
        assert.equal(header(again, 'etag'), etag);
        // The 304's headers update the cached answer's: never a policy other than the 200's.
        const policy = again.headers['content-security-policy'];
        assert.ok(policy === undefined || policy === header(first, 'content-security-policy'), `${path} ${encoding}: 304 keeps the page's CSP`);
      }
      const br = header(await rawGet(server, path, {'accept-encoding': 'br'}), 'etag');
      const plain = header(await rawGet(server, path, {'accept-encoding': 'identity'}), 'etag');
      assert.notEqual(br, plain, `${path}: each representation its own validator`);
    }
  });

  it('marks hashed chunks immutable, keeps entries and the catalog short-lived, and applicant and admin answers no-store', async () => {
    assert.equal(header(await rawGet(server, `/elements/chunks/${chunk}`), 'cache-control'), 'public, max-age=31536000, immutable');
    for (const path of ['/elements/metropolis-training.js', '/sdk/metropolis-sdk.js', '/v1/catalog', '/catalog.json']) {
      assert.equal(header(await rawGet(server, path), 'cache-control'), 'public, max-age=300', path);
    }
    assert.equal(header(await rawGet(server, '/'), 'cache-control'), 'no-cache');
    assert.equal(header(await rawGet(server, '/v1/admin/members', admin), 'cache-control'), 'no-store');
    assert.equal(header(await rawGet(server, `/v1/applications/${crypto.randomUUID()}?token=x`), 'cache-control'), 'no-store');
  });

  it('serves one language’s catalog at /v1/catalog?lang= and /catalog.<lang>.json, smaller, refusing an unknown language', async () => {
    const full = (await rawGet(server, '/v1/catalog')).body;
    // Arabic: no catalog text is written in it yet, so its file is the English one.
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const api = await rawGet(server, `/v1/catalog?lang=${lang}`);
      const file = await rawGet(server, `/catalog.${lang}.json`, {origin: 'https://www.city.example'});
      assert.equal(api.status, 200);
      assert.deepEqual(api.body, file.body, lang);
      assert.equal(header(file, 'access-control-allow-origin'), '*');
      assert.deepEqual(JSON.parse(api.body.toString()), catalogInLanguage(JSON.parse(full.toString()), lang));
      assert.ok(api.body.length < full.length, lang);
    }
    const refused = await rawGet(server, '/v1/catalog?lang=de');
    assert.equal(refused.status, 422);
    assert.equal((JSON.parse(refused.body.toString()) as {issues: {path: string}[]}).issues[0]!.path, 'lang');
  });

  it('lets any site load the bundles, the SDK bundle and /catalog.json; the API keeps ALLOWED_ORIGINS', async () => {
    const origin = {origin: 'https://www.city.example'};
    for (const path of ['/elements/metropolis-training.js', `/elements/chunks/${chunk}`, '/sdk/metropolis-sdk.js', '/catalog.json']) {
      assert.equal(header(await rawGet(server, path, origin), 'access-control-allow-origin'), '*', path);
    }
    for (const path of ['/v1/catalog', '/v1/members', '/']) {
      assert.equal(header(await rawGet(server, path, origin), 'access-control-allow-origin'), '', path);
    }
  });
});
