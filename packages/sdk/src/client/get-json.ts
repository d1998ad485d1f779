/**
 * Validating a download: the JSON of a success against its schema, the problem details of an
 * error as an `ApiError`.
 * @module
 */
import {parseWith, ValidationError} from '../errors.js';
import {problemOf} from '../schemas/problem.js';
import type {z} from '../zod.js';
import {ApiError} from './errors.js';
import {fetchWithRetry, type Download, type FetchWithRetryOptions} from './fetch-with-retry.js';
import {retryAfterSeconds} from './options.js';

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError(`Response of ${what}`, [{path: '', code: 'invalid_json', message: 'is not JSON'}]);
  }
}

/**
 * The validated JSON of a successful download.
 * @throws ApiError for an error status (with the server's problem details), ValidationError for
 * a body that is not JSON or not `schema`.
 */
export function readJson<S extends z.ZodMiniType>({response, text, what}: Download, schema: S): z.output<S> {
  if (!response.ok) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    throw new ApiError(response.status, problemOf(body, response), retryAfterSeconds(response));
  }
  return parseWith(schema, parseJson(text, what), `Response of ${what}`);
}

/** Requests `url` (GET unless `options.method`) with retries and validates its JSON against `schema`. @internal */
export async function getJson<S extends z.ZodMiniType>(url: string, schema: S, what: string, options: FetchWithRetryOptions = {}): Promise<z.output<S>> {
  return readJson(await fetchWithRetry(url, options, what), schema);
}
