/**
 * GET a JSON document with retries, on plain `fetch`. Catalog pages need nothing more, and ky
 * (about 8.5 KB gzip) is then left out of their bundles; the policy is the client's: retries
 * on network errors, timeouts, 408, 429 and 5xx, honouring `Retry-After`, backing off with
 * jitter, and failures only as the SDK's errors.
 * @module
 */
import {parseWith, ValidationError} from '../errors.js';
import type {z} from '../zod.js';
import {ApiError, NetworkError, TimeoutError} from './errors.js';
import {ACCEPT, problemOf, RETRY_STATUSES, retryAfterSeconds, retrySettings, type CallOptions, type RetryOptions} from './options.js';

/** Options of {@link getJson}. @internal */
export interface GetJsonOptions extends CallOptions {
  fetch?: typeof fetch | undefined;
  timeout?: number | undefined;
  retry?: number | RetryOptions | undefined;
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

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError(`Response of ${what}`, [{path: '', code: 'invalid_json', message: 'is not JSON'}]);
  }
}

/** One attempt: the answer's status and body text, or the failure to get them in time. */
async function attempt(url: string, options: GetJsonOptions, what: string): Promise<{response: Response; text: string} | {failure: Error}> {
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
    const response = await (options.fetch ?? fetch)(url, {headers: {accept: ACCEPT}, signal: controller.signal});
    return {response, text: await response.text()};
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return {failure: timedOut ? new TimeoutError(`${what}: the server did not answer in time`) : new NetworkError(`${what}: the server could not be reached`, {cause: error})};
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * GETs `url` and validates its JSON against `schema`; retries as the client does.
 * @internal
 */
export async function getJson<S extends z.ZodMiniType>(url: string, schema: S, what: string, options: GetJsonOptions = {}): Promise<z.output<S>> {
  const {limit, backoffLimit, maxRetryAfter} = retrySettings(options.retry);
  for (let tries = 0; ; tries++) {
    const result = await attempt(url, options, what);
    let failure: Error;
    let delay: number | undefined;
    if ('failure' in result) failure = result.failure;
    else {
      const {response, text} = result;
      if (response.ok) return parseWith(schema, parseJson(text, what), `Response of ${what}`);
      const retryAfter = retryAfterSeconds(response);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      failure = new ApiError(response.status, problemOf(body, response), retryAfter);
      if (!RETRY_STATUSES.includes(response.status)) throw failure;
      if (retryAfter !== undefined) {
        if (retryAfter * 1000 > maxRetryAfter) throw failure;
        delay = retryAfter * 1000;
      }
    }
    if (tries >= limit) throw failure;
    // Exponential backoff with full jitter, unless the server said when.
    await wait(delay ?? Math.random() * Math.min(backoffLimit, 300 * 2 ** tries), options.signal);
  }
}
