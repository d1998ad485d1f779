/**
 * The API client.
 * @module
 */
export {createClient, type ApplyOptions, type MetropolisClient, type QuoteOptions} from './client.js';
export {fetchCatalog, loadCatalog, readCatalog, type LoadCatalogOptions} from './catalog.js';
export {catalogUrl} from './options.js';
export {fetchWithRetry, type Download, type FetchWithRetryOptions} from './fetch-with-retry.js';
export {readJson} from './get-json.js';
export type {CallOptions, ClientOptions, RetryOptions} from './options.js';
export {ApiError, NetworkError, TimeoutError} from './errors.js';
export {newIdempotencyKey} from './idempotency.js';
export {ConflictError, createAdminClient, isConflict, type AdminApplicationQuery, type AdminClient, type AdminClientOptions, type AdminEdition, type AdminIdentity, type StatusPreview, type VersionedApplication} from './admin.js';
