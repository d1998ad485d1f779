/**
 * Rate limiting per client address: a token bucket per address — in this process's memory
 * (PGlite, one process) or in PostgreSQL, shared by every instance of the deployment.
 * @module
 */
import {createHmac, randomBytes} from 'node:crypto';
import type {Context, MiddlewareHandler} from 'hono';
import {getConnInfo} from '@hono/node-server/conninfo';
import type {AppEnv} from './context.js';
import type {Queryable} from './db/index.js';
import {Problem} from './problem.js';

/** Takes a token for a key: `0` when one was left, else the seconds until one will be. */
export interface RateLimiter {
  take(key: string): number | Promise<number>;
}

/** Seconds until a bucket holding `tokens` (< 1) of `perMinute` has one again. */
const secondsUntilOne = (tokens: number, perMinute: number) => Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute));

/** Buckets of `perMinute` tokens, refilled continuously, one per key, in this process's memory. */
export class TokenBuckets implements RateLimiter {
  private readonly buckets = new Map<string, {tokens: number; at: number}>();
  private lastSweep: number;
  private readonly perMs: number;

  /**
   * @param perMinute Capacity of each bucket and tokens added per minute.
   * @param now Milliseconds from a monotonic clock; tests pass their own.
   */
  constructor(private readonly perMinute: number, private readonly now: () => number = () => performance.now()) {
    this.perMs = perMinute / 60_000;
    this.lastSweep = now();
  }

  /** Takes a token for `key`: `0` when one was left, else the seconds until one will be. */
  take(key: string): number {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? {tokens: this.perMinute, at: now};
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return secondsUntilOne(bucket.tokens, this.perMinute);
  }

  /** Forgets buckets that have refilled, once a minute, so memory stays bounded by active clients. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/**
 * The same buckets in the `rate_limit_buckets` table, so N instances on one PostgreSQL database
 * allow `perMinute` per client in all, not N times that. One atomic upsert per request (the row
 * lock orders concurrent requests of one client); keys are HMACs of the address under a secret
 * the instances share in `server_secrets`, so no address is stored; buckets idle for five
 * minutes (full again) are deleted once a minute.
 */
export class SharedTokenBuckets implements RateLimiter {
  private secret: Promise<string> | undefined;
  private lastSweep = 0;

  constructor(private readonly db: Queryable, private readonly perMinute: number) {}

  async take(key: string): Promise<number> {
    const keyHash = createHmac('sha256', await this.sharedSecret()).update(key).digest('base64url');
    const refilled = 'LEAST($2::float8, b.tokens + EXTRACT(EPOCH FROM now() - b.updated_at)::float8 * $2::float8 / 60)';
    const [row] = (await this.db.query<{tokens: number; taken: boolean}>(
      `INSERT INTO rate_limit_buckets AS b (key_hash, tokens, taken, updated_at) VALUES ($1, $2::float8 - 1, true, now())
       ON CONFLICT (key_hash) DO UPDATE SET
         tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
         taken = ${refilled} >= 1,
         updated_at = now()
       RETURNING tokens, taken`,
      [keyHash, this.perMinute],
    )) as [{tokens: number; taken: boolean}];
    this.sweep();
    return row.taken ? 0 : secondsUntilOne(Number(row.tokens), this.perMinute);
  }

  private sharedSecret(): Promise<string> {
    this.secret ??= (async () => {
      await this.db.query("INSERT INTO server_secrets (name, value) VALUES ('rate-limit-key', $1) ON CONFLICT (name) DO NOTHING", [randomBytes(32).toString('base64url')]);
      const [row] = (await this.db.query<{value: string}>("SELECT value FROM server_secrets WHERE name = 'rate-limit-key'")) as [{value: string}];
      return row.value;
    })();
    this.secret.catch(() => (this.secret = undefined));
    return this.secret;
  }

  private sweep(): void {
    const now = Date.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    this.db.query("DELETE FROM rate_limit_buckets WHERE updated_at < now() - interval '5 minutes'").catch(() => {
      // The next sweep tries again; a failed sweep only keeps idle rows a little longer.
    });
  }
}

/**
 * The client's address: the socket's peer, or with `trustProxy` = N proxies in front, the N-th
 * address from the right of `X-Forwarded-For` (the one the outermost trusted proxy saw).
 * Client-written entries further left are never believed.
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: number): string {
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const address = hops[hops.length - trustProxy];
    if (address) return address;
  }
  return getConnInfo(c).remote.address ?? 'unknown';
}

/** 429 with `Retry-After` when the client's bucket is empty. */
export function rateLimit(buckets: RateLimiter, trustProxy: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = await buckets.take(clientAddress(c, trustProxy));
    if (wait > 0) {
      throw new Problem(429, 'about:blank', 'Too many requests', {
        detail: `Too many requests from your address; retry in ${wait} s.`,
        headers: {'Retry-After': String(wait)},
      });
    }
    await next();
  };
}
