/**
 * Options and policies every call of the client shares. No schema here:
 * downloading needs no zod.
 * @module
 */
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

/** Statuses worth another try: timeouts, rate limits, server errors. @internal */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** The retry policy with its defaults filled in. @internal */
export function retrySettings(retry: ClientOptions['retry']): Required<RetryOptions> {
  const options = typeof retry === 'number' ? {limit: retry} : (retry ?? {});
  return {limit: options.limit ?? 2, backoffLimit: options.backoffLimit ?? 10_000, maxRetryAfter: options.maxRetryAfter ?? 60_000};
}

/** Seconds a `Retry-After` header asks to wait (delay in seconds, or an HTTP date). @internal */
export function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The `/v1/` URL of a server. @internal */
export function apiBase(baseUrl: string): string {
  return new URL('v1/', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** The URL of `GET /v1/catalog` on the server at `baseUrl`. */
export function catalogUrl(baseUrl: string): string {
  return new URL('catalog', apiBase(baseUrl)).href;
}

/** What the client accepts as an answer. @internal */
export const ACCEPT = 'application/json, application/problem+json';
