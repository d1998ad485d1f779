/**
 * The HTTP client of the Metropolis Training API, on ky: typed, validated, retried.
 * @module
 */
import ky, {isHTTPError, isNetworkError, isTimeoutError, type KyInstance, type Options as KyOptions} from 'ky';
import {parseWith, ValidationError} from '../errors.js';
import {z} from '../zod.js';
import {ApplicationInput} from '../schemas/application.js';
import {ApplicationReceipt, ApplicationView, MemberList, ProblemDetails, QuoteApiRequest, type Member} from '../schemas/api.js';
import {Catalog} from '../schemas/catalog.js';
import {Quote} from '../schemas/quote.js';
import {ApiError, NetworkError, TimeoutError} from './errors.js';
import {newIdempotencyKey} from './idempotency.js';

/** How the client retries. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Longest wait between attempts, in milliseconds (default 10 000). */
  backoffLimit?: number;
  /** Longest `Retry-After` honoured, in milliseconds (default 60 000); longer waits give up. */
  maxRetryAfter?: number;
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Server base URL, e.g. `https://training.example.org` (the client adds `/v1/…`). */
  baseUrl: string;
  /** A `fetch` to use instead of the global one (tests, proxies, SSR). */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each attempt's answer (default 10 000). */
  timeout?: number;
  /** Retry policy, or the number of retries (default 2; 0 disables). */
  retry?: number | RetryOptions;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of {@link MetropolisClient.apply}. */
export interface ApplyOptions extends CallOptions {
  /** Key that makes retries safe: the server answers a repeated key with the first result. Default: a new UUID per call. */
  idempotencyKey?: string;
}

/** A quote request for `POST /v1/quotes`, without the edition (a separate argument). */
export type QuoteOptions = Omit<QuoteApiRequest, 'editionId'>;

/** The API client returned by {@link createClient}. */
export interface MetropolisClient {
  /** `GET /v1/catalog`: providers, courses, editions and fee schedules. */
  catalog(options?: CallOptions): Promise<Catalog>;
  /** `POST /v1/quotes`: the price of an edition for a request, as of the server's clock. */
  quote(editionId: string, request: QuoteOptions, options?: CallOptions): Promise<Quote>;
  /**
   * `POST /v1/applications`: submits an application. Validated before sending; retried with the
   * same `Idempotency-Key` after a dropped connection, a timeout, 408, 429 or 5xx, so a retry
   * never creates a second application.
   */
  apply(input: ApplicationInput, options?: ApplyOptions): Promise<ApplicationReceipt>;
  /** `GET /v1/applications/{id}?token=…`: the applicant's own application. */
  application(id: string, token: string, options?: CallOptions): Promise<ApplicationView>;
  /** `GET /v1/members`: member organizations an application can name. */
  members(options?: CallOptions): Promise<Member[]>;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

function retryPolicy(retry: ClientOptions['retry'], methods: string[]): KyOptions['retry'] {
  const options = typeof retry === 'number' ? {limit: retry} : (retry ?? {});
  return {
    limit: options.limit ?? 2,
    methods,
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: [429, 503],
    backoffLimit: options.backoffLimit ?? 10_000,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
    retryOnTimeout: true,
    jitter: true,
  };
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Turns ky's and fetch's failures into the SDK's errors. */
async function translate(error: unknown, what: string, signal: AbortSignal | undefined): Promise<never> {
  if (signal?.aborted) throw signal.reason ?? error;
  if (error instanceof ValidationError || error instanceof ApiError || error instanceof NetworkError || error instanceof TimeoutError) throw error;
  if (isHTTPError(error)) {
    const {response} = error;
    const parsed = ProblemDetails.safeParse(error.data);
    const problem = parsed.success
      ? {...parsed.data, issues: parsed.data.issues?.map((i) => ({path: i.path, code: i.code, message: i.message}))}
      : {title: response.statusText || `HTTP ${response.status}`, status: response.status};
    throw new ApiError(response.status, problem, retryAfterSeconds(response));
  }
  if (isTimeoutError(error)) throw new TimeoutError(`${what}: the server did not answer in time`);
  if (isNetworkError(error) || error instanceof TypeError) {
    throw new NetworkError(`${what}: the server could not be reached`, {cause: error});
  }
  throw error;
}

async function request<S extends z.ZodMiniType>(call: () => Promise<Response>, schema: S, what: string, signal?: AbortSignal): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await call();
  } catch (error) {
    return translate(error, what, signal);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (error instanceof SyntaxError) throw new ValidationError(`Response of ${what}`, [{path: '', code: 'invalid_json', message: 'is not JSON'}]);
    return translate(error, what, signal);
  }
  return parseWith(schema, body, `Response of ${what}`);
}

/**
 * Creates a client for the server at `options.baseUrl`. Every response is validated against
 * the SDK's schemas; failures surface only as `ApiError`, `NetworkError`, `TimeoutError` or
 * `ValidationError`. Works in browsers and Node 20+.
 */
export function createClient(options: ClientOptions): MetropolisClient {
  const base: KyOptions = {
    baseUrl: new URL('v1/', options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`).href,
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? {fetch: options.fetch} : {}),
    headers: {accept: 'application/json, application/problem+json'},
  };
  const reads: KyInstance = ky.create({...base, retry: retryPolicy(options.retry, ['get'])});
  // POSTs below are safe to retry: quotes change nothing, applications carry an idempotency key.
  const posts: KyInstance = ky.create({...base, retry: retryPolicy(options.retry, ['post'])});

  return {
    catalog: ({signal} = {}) => request(() => reads.get('catalog', {signal}), Catalog, 'GET /v1/catalog', signal),
    quote: async (editionId, quoteRequest, {signal} = {}) => {
      const body = parseWith(QuoteApiRequest, {...quoteRequest, editionId}, 'Quote request');
      return request(() => posts.post('quotes', {json: body, signal}), Quote, 'POST /v1/quotes', signal);
    },
    apply: async (input, {signal, idempotencyKey = newIdempotencyKey()} = {}) => {
      const body = parseWith(ApplicationInput, input, 'Application');
      const headers = {'idempotency-key': idempotencyKey};
      return request(() => posts.post('applications', {json: body, headers, signal}), ApplicationReceipt, 'POST /v1/applications', signal);
    },
    application: (id, token, {signal} = {}) =>
      request(() => reads.get(`applications/${encodeURIComponent(id)}`, {searchParams: {token}, signal}), ApplicationView, 'GET /v1/applications/{id}', signal),
    members: async ({signal} = {}) => (await request(() => reads.get('members', {signal}), MemberList, 'GET /v1/members', signal)).items,
  };
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
  const {signal} = options;
  const client = ky.create({
    timeout: options.timeout ?? 10_000,
    retry: retryPolicy(options.retry, ['get']),
    ...(options.fetch ? {fetch: options.fetch} : {}),
  });
  return request(() => client.get(url, {signal}), Catalog, `GET ${String(url)}`, signal);
}

