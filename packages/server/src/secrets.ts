/**
 * Hashes and constant-time comparisons for tokens and keys: what is stored is a hash, and
 * comparisons take the same time whatever the input.
 * @module
 */
import {createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual} from 'node:crypto';

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
 * The applicant's secret for `GET /v1/applications/{id}?token=…`: 32 random bytes, whatever
 * the request carried (a weak Idempotency-Key from a careless client must not weaken it). Only
 * its hash is stored with the application.
 */
export function newApplicationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The AES-256 key that seals a token for the retries of one request: from its Idempotency-Key and body hash. */
function sealingKey(idempotencyKey: string, requestHash: string): Buffer {
  return Buffer.from(hkdfSync('sha256', idempotencyKey, requestHash, 'metropolis-training application token', 32));
}

/**
 * `token` sealed (AES-256-GCM) so that only a retry with the same Idempotency-Key and the same
 * body can get it back ({@link openToken}): what a retry is owed, and nothing more.
 */
export function sealToken(token: string, idempotencyKey: string, requestHash: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(idempotencyKey, requestHash), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The token {@link sealToken} sealed; throws when the key or body differ. */
export function openToken(sealed: string, idempotencyKey: string, requestHash: string): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(idempotencyKey, requestHash), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}

/**
 * The token of an application stored with an Idempotency-Key before tokens were random
 * (migration 002): derived from the key and the id. Only replays of those old keys use it.
 */
export function legacyDerivedToken(applicationId: string, idempotencyKey: string): string {
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
