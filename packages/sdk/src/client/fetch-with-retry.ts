/**
 * A request with the client's retry policy on plain `fetch`, unvalidated and without zod:
 * retries on network errors, timeouts, 408, 429 and 5xx, honouring `Retry-After` and backing
 * off with jitter. Pages start a download with it at once and validate what arrives later, with
 * code they may load in the meantime (see `readJson`). The API client sends its POSTs through it
 * too (a quote changes nothing, an application carries an idempotency key): one small path
 * instead of a general HTTP library, which weighed more than the whole form page's budget allows.
 * @module
 */
import {NetworkError, TimeoutError} from './errors.js';
import {ACCEPT, RETRY_STATUSES, retryAfterSeconds, retrySettings, type CallOptions, type RetryOptions} from './options.js';

/** Options of {@link fetchWithRetry}. */
export interface FetchWithRetryOptions extends CallOptions {
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Milliseconds to wait for each attempt, answer and body (default 10 000). */
  timeout?: number | undefined;
  /** Retry policy, or the number of retries (default 2). */
  retry?: number | RetryOptions | undefined;
  /** `GET` unless given; only methods safe to repeat belong here (see the module's note). */
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | undefined;
  /** Headers besides `accept`. */
  headers?: Record<string, string> | undefined;
  /** A JSON body, sent as `application/json`. */
  json?: unknown;
}

/** A finished download: the last answer and its body text, whatever its status. */
export interface Download {
  response: Response;
  text: string;
  /** What was asked, for error messages, e.g. `GET /v1/catalog`. */
  what: string;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, {once: true});
  });
}

/**
 * Why a browser may have failed to reach `url`, for the developer's console: fetch reports a
 * CORS refusal, a mixed-content block and a lost connection alike (docs/elements.md says what
 * to set). @internal
 */
export function unreachableReason(url: string): string {
  let why = '';
  try {
    const {origin, protocol} = new URL(url, location.href);
    if (origin !== location.origin) why = protocol === 'http:' && location.protocol === 'https:' ? ' (mixed content: http from an https page)' : `, or it does not allow ${location.origin} (CORS)`;
  } catch {
    // Outside a browser (no location), or not a URL: nothing more to say.
  }
  return `the server could not be reached${why}`;
}

/** One attempt: the answer and its body text, or the failure to get them in time. */
async function attempt(url: string, options: FetchWithRetryOptions, what: string): Promise<{response: Response; text: string} | {failure: Error}> {
  const controller = new AbortController();
  const {signal} = options;
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? 10_000);
  try {
    const headers: Record<string, string> = {...options.headers, accept: ACCEPT};
    const init: RequestInit = {method: options.method ?? 'GET', headers, signal: controller.signal};
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(options.json);
    }
    const response = await (options.fetch ?? fetch)(url, init);
    return {response, text: await response.text()};
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return {failure: timedOut ? new TimeoutError(`${what}: the server did not answer in time`) : new NetworkError(`${what}: ${unreachableReason(url)}`, {cause: error})};
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Requests `url` (a GET unless `options.method` says otherwise), retrying as the API client
 * does, and returns the last answer with its text: success or an error status that is not worth
 * retrying (or still failing after the retries).
 * @param what What is asked, for messages, e.g. `GET /v1/catalog`; default `GET <url>`.
 * @throws NetworkError or TimeoutError when no answer came after every retry; the signal's
 * reason when the caller aborted.
 */
export async function fetchWithRetry(url: string, options: FetchWithRetryOptions = {}, what = `GET ${url}`): Promise<Download> {
  const {limit, backoffLimit, maxRetryAfter} = retrySettings(options.retry);
  for (let tries = 0; ; tries++) {
    const result = await attempt(url, options, what);
    let delay: number | undefined;
    if ('response' in result) {
      const {response} = result;
      if (response.ok || !RETRY_STATUSES.includes(response.status) || tries >= limit) return {...result, what};
      const retryAfter = retryAfterSeconds(response);
      if (retryAfter !== undefined) {
        if (retryAfter * 1000 > maxRetryAfter) return {...result, what};
        delay = retryAfter * 1000;
      }
    } else if (tries >= limit) {
      throw result.failure;
    }
    // Exponential backoff with full jitter, unless the server said when.
    await wait(delay ?? Math.random() * Math.min(backoffLimit, 300 * 2 ** tries), options.signal);
  }
}
