/**
 * Hashes and constant-time comparisons for tokens and keys: what is stored is a hash, and
 * comparisons take the same time whatever the input.
 * @module
 */
import {createHash, createHmac, randomBytes, timingSafeEqual} from 'node:crypto';

/** SHA-256 of `text`, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Whether `given` equals `expected`, in constant time: both are hashed first, so neither their
 * lengths nor their first differing byte show in the timing.
 */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

/** Whether `token` hashes to `hash` (hex SHA-256), in constant time. */
export function matchesHash(token: string, hash: string): boolean {
  const expected = Buffer.from(hash, 'hex');
  const actual = createHash('sha256').update(token).digest();
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}

/**
 * The applicant's secret for `GET /v1/applications/{id}?token=…`. Random, unless the request
 * carried an `Idempotency-Key`: then derived from the key and the application id, so a retry
 * with the same key gets the same token back although only the token's hash is stored (and
 * only the key's hash, from which the token cannot be derived).
 */
export function applicationToken(applicationId: string, idempotencyKey?: string): string {
  if (idempotencyKey === undefined) return randomBytes(32).toString('base64url');
  return createHmac('sha256', idempotencyKey).update(`application-token:${applicationId}`).digest('base64url');
}

/** JSON with object keys sorted, so equal bodies hash alike whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
