/**
 * Loading a catalog over HTTP, from a server or a static file: all a course listing needs, on
 * plain `fetch` (see get-json.ts), like the rest of the client.
 * @module
 */
import {Catalog} from '../schemas/catalog.js';
import type {Download} from './fetch-with-retry.js';
import {getJson, readJson} from './get-json.js';
import {catalogUrl, type CallOptions, type ClientOptions, type RetryOptions} from './options.js';

/**
 * `GET /v1/catalog` of the server at `options.baseUrl`, validated: the one call a page that only
 * lists courses needs, without the rest of the client.
 */
export function fetchCatalog(options: ClientOptions & CallOptions): Promise<Catalog> {
  return getJson(catalogUrl(options.baseUrl), Catalog, 'GET /v1/catalog', options);
}

/** Options of {@link loadCatalog}. */
export interface LoadCatalogOptions extends CallOptions {
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each attempt (default 10 000). */
  timeout?: number;
  /** Retry policy, or the number of retries (default 2). */
  retry?: number | RetryOptions;
}

/**
 * Loads and validates a static catalog JSON file (e.g. the build's `catalog.json` on a CDN).
 * Relative URLs resolve against the page in browsers.
 */
export function loadCatalog(url: string | URL, options: LoadCatalogOptions = {}): Promise<Catalog> {
  return getJson(String(url), Catalog, `GET ${String(url)}`, options);
}

/**
 * The validated catalog of a download started with `fetchWithRetry` (from a server or a file).
 * @throws ApiError, ValidationError as {@link loadCatalog} does.
 */
export function readCatalog(download: Download): Catalog {
  return readJson(download, Catalog);
}
