/**
 * Calls through ky: retries, validation of answers, and the translation of ky's failures into
 * the SDK's errors.
 * @module
 */
import ky, {isHTTPError, isNetworkError, isTimeoutError, type Options as KyOptions} from 'ky';
import {parseWith, ValidationError} from '../errors.js';
import {z} from '../zod.js';
import {ApiError, NetworkError, TimeoutError} from './errors.js';
import {problemOf} from '../schemas/problem.js';
import {ACCEPT, RETRY_STATUSES, retryAfterSeconds, retrySettings, type ClientOptions} from './options.js';

/** ky's retry options for `methods`. @internal */
export function retryPolicy(retry: ClientOptions['retry'], methods: string[]): KyOptions['retry'] {
  return {
    ...retrySettings(retry),
    methods,
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: [429, 503],
    retryOnTimeout: true,
    jitter: true,
  };
}

/** Turns ky's and fetch's failures into the SDK's errors. */
async function translate(error: unknown, what: string, signal: AbortSignal | undefined): Promise<never> {
  if (signal?.aborted) throw signal.reason ?? error;
  if (error instanceof ValidationError || error instanceof ApiError || error instanceof NetworkError || error instanceof TimeoutError) throw error;
  if (isHTTPError(error)) {
    const {response} = error;
    throw new ApiError(response.status, problemOf(error.data, response), retryAfterSeconds(response));
  }
  if (isTimeoutError(error)) throw new TimeoutError(`${what}: the server did not answer in time`);
  if (isNetworkError(error) || error instanceof TypeError) {
    throw new NetworkError(`${what}: the server could not be reached`, {cause: error});
  }
  throw error;
}

/** Runs a call and validates its JSON answer against `schema`. @internal */
export async function request<S extends z.ZodMiniType>(call: () => Promise<Response>, schema: S, what: string, signal?: AbortSignal): Promise<z.output<S>> {
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

/** Default headers and timeout of every call. @internal */
export function baseOptions(options: {timeout?: number; fetch?: typeof fetch}): KyOptions {
  return {
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? {fetch: options.fetch} : {}),
    headers: {accept: ACCEPT},
  };
}

export {ky};
