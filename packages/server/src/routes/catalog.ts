/**
 * `GET /v1/catalog` (and `/catalog.json`): the catalog, serialized once, with a strong ETag.
 * @module
 */
import {createHash} from 'node:crypto';
import {Hono, type Context} from 'hono';
import type {AppDeps, AppEnv} from '../context.js';

/** Whether an `If-None-Match` header matches `etag` (weak comparison, as RFC 9110 requires for it). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The catalog handler, shared by `/v1/catalog` and `/catalog.json`. */
export function catalogHandler(deps: AppDeps): (c: Context<AppEnv>) => Response {
  const body = JSON.stringify(deps.catalog.catalog);
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  return (c) => {
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=300');
    if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(body, 200);
  };
}

/** `GET /v1/catalog`. */
export function catalogRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/catalog', catalogHandler(deps));
}
