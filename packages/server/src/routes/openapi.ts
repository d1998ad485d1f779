/**
 * `GET /v1/openapi.json`: the OpenAPI 3.1 document, built once on first request.
 * @module
 */
import {Hono} from 'hono';
import type {AppEnv} from '../context.js';
import {openApiDocument} from '../openapi.js';

/** `GET /v1/openapi.json`. */
export function openApiRoutes(): Hono<AppEnv> {
  let document: string | undefined;
  return new Hono<AppEnv>().get('/openapi.json', (c) => {
    document ??= JSON.stringify(openApiDocument());
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(document, 200);
  });
}
