/**
 * Reading JSON request bodies: content type, syntax, and the SDK's schema, each with its own
 * problem answer (415, 400, 422).
 * @module
 */
import type {Context} from 'hono';
import {parseApiBody, ValidationError} from '@metropolis-training/sdk';
import {invalidInput, Problem} from './problem.js';

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** The body parsed as JSON; 415 unless it is declared JSON, 400 when it is not valid JSON. */
export async function readJson(c: Context): Promise<unknown> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    throw new Problem(415, 'about:blank', 'Unsupported media type', {detail: 'Send the body as JSON with Content-Type: application/json.'});
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Problem(400, 'malformed-json', 'The body is not valid JSON', {detail: 'The request body could not be parsed as JSON.', issues: [{path: '', code: 'invalid_json', message: 'is not valid JSON'}]});
  }
}

/** Runs an SDK parse, turning its `ValidationError` into a 422 problem naming each field. */
export function validated<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ValidationError) throw invalidInput(error.issues, error.message);
    throw error;
  }
}

/** Validates `input` against one of the SDK's API schemas (422 naming each bad field). */
export const parseBody: typeof parseApiBody = (schema, input, subject) => validated(() => parseApiBody(schema, input, subject));
