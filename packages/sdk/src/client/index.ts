/**
 * The API client.
 * @module
 */
export {createClient, loadCatalog, type ApplyOptions, type CallOptions, type ClientOptions, type LoadCatalogOptions, type MetropolisClient, type QuoteOptions, type RetryOptions} from './client.js';
export {ApiError, NetworkError, TimeoutError} from './errors.js';
export {newIdempotencyKey} from './idempotency.js';
