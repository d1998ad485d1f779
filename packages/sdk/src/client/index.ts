/**
 * The API client.
 * @module
 */
export {createClient, type ApplyOptions, type MetropolisClient, type QuoteOptions} from './client.js';
export {fetchCatalog, loadCatalog, type LoadCatalogOptions} from './catalog.js';
export type {CallOptions, ClientOptions, RetryOptions} from './options.js';
export {ApiError, NetworkError, TimeoutError} from './errors.js';
export {newIdempotencyKey} from './idempotency.js';
