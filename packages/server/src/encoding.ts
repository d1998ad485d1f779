/**
 * Compressed answers: brotli or gzip as the request's `Accept-Encoding` allows, with
 * `Vary: Accept-Encoding`. Fixed bodies (static files, the serialized catalog) are compressed
 * once, at the best ratio, with a strong `ETag` per encoding and `304`s
 * ({@link prepareBody}, {@link sendPrepared}); the API's answers are compressed as they go
 * ({@link compressAnswers}).
 * @module
 */
import {createHash} from 'node:crypto';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import type {Context, MiddlewareHandler} from 'hono';

/** Encodings the server sends, best first. */
type Encoding = 'br' | 'gzip';

/** Media types worth compressing: text, JSON, JavaScript, SVG, CSV. */
const compressible = /^(?:text\/|application\/(?:json|problem\+json|javascript|ld\+json|xml)|image\/svg\+xml)/;

/** Below this, compression saves less than its headers cost. */
const MIN_BYTES = 512;

/** The encodings `accept` (an `Accept-Encoding` header) allows, best first. */
export function acceptedEncodings(accept: string | undefined): Encoding[] {
  const q = new Map<string, number>();
  for (const part of (accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const quality = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    q.set(name, quality === undefined ? 1 : Number(quality));
  }
  const allowed = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).filter(allowed);
}

/** A body prepared once: its bytes as they are and compressed, with a strong ETag for each. */
export interface PreparedBody {
  readonly type: string;
  readonly identity: Uint8Array;
  readonly encoded: Partial<Record<Encoding, Uint8Array>>;
  /** The identity representation's ETag, quoted; encoded ones add `-br` / `-gzip` inside the quotes. */
  readonly etag: string;
}

/** Compresses `body` once, at the best ratio, keeping an encoding only when it is smaller. */
export function prepareBody(body: Uint8Array | string, type: string): PreparedBody {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  // 96 bits of the content's hash: a strong validator, short on every answer.
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 16)}"`;
  const encoded: Partial<Record<Encoding, Uint8Array>> = {};
  if (compressible.test(type) && identity.byteLength >= MIN_BYTES) {
    const br = brotliCompressSync(identity, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength}});
    const gzip = gzipSync(identity, {level: 9});
    if (br.byteLength < identity.byteLength) encoded.br = br;
    if (gzip.byteLength < identity.byteLength) encoded.gzip = gzip;
  }
  return {type, identity, encoded, etag};
}

const etagOf = (prepared: PreparedBody, encoding: Encoding | undefined) => (encoding ? `${prepared.etag.slice(0, -1)}-${encoding}"` : prepared.etag);

/** Whether `header` (`If-None-Match`) names any representation of `prepared` (they all hold the same content). */
function matches(header: string | undefined, prepared: PreparedBody): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const ours = new Set([prepared.etag, ...(Object.keys(prepared.encoded) as Encoding[]).map((e) => etagOf(prepared, e))]);
  return header.split(',').some((tag) => ours.has(tag.trim().replace(/^W\//, '')));
}

/**
 * Answers `prepared` in the best encoding the request accepts, or `304` when `If-None-Match`
 * names it; `cacheControl` as given. Headers set on `c` before (CORS) are kept.
 */
export function sendPrepared(c: Context, prepared: PreparedBody, cacheControl: string): Response {
  const encoding = acceptedEncodings(c.req.header('accept-encoding')).find((e) => prepared.encoded[e]);
  c.header('Vary', 'Accept-Encoding', {append: true});
  c.header('Cache-Control', cacheControl);
  c.header('ETag', etagOf(prepared, encoding));
  if (matches(c.req.header('if-none-match'), prepared)) return c.body(null, 304);
  c.header('Content-Type', prepared.type);
  if (encoding) c.header('Content-Encoding', encoding);
  const bytes = encoding ? prepared.encoded[encoding]! : prepared.identity;
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
}

/**
 * Compresses the API's answers on the way out (quotes, lists, CSV, the OpenAPI document): brotli
 * at a fast setting, or gzip, for compressible bodies of 512 bytes or more. Answers already
 * encoded ({@link sendPrepared}) pass through.
 */
export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const response = c.res;
    const type = response.headers.get('content-type') ?? '';
    // Prepared answers (sendPrepared) already chose their encoding and say Vary. `response.body`
    // is not asked for: on Node that would turn the server's light answer into a full Response.
    if (c.req.method === 'HEAD' || response.status === 204 || response.status === 304 || !compressible.test(type) || /accept-encoding/i.test(response.headers.get('vary') ?? '')) return;
    const encoding = acceptedEncodings(c.req.header('accept-encoding'))[0];
    if (!encoding || response.headers.has('content-encoding')) {
      // Sent as it is, without copying the body; caches still learn that it varies.
      response.headers.append('Vary', 'Accept-Encoding');
      return;
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const compress = body.byteLength >= MIN_BYTES;
    const sent = !compress ? body : encoding === 'br' ? brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength}}) : gzipSync(body, {level: 6});
    c.res = new Response(sent as Uint8Array<ArrayBuffer>, {status: response.status, statusText: response.statusText, headers: response.headers});
    // After the assignment: Hono copies the old answer's headers onto the new one.
    c.res.headers.append('Vary', 'Accept-Encoding');
    c.res.headers.delete('Content-Length');
    if (compress) c.res.headers.set('Content-Encoding', encoding);
  };
}
