/**
 * Rate limiting per client address: a token bucket per address, in this process's memory.
 * Several instances each keep their own buckets (see docs/server.md, Deployment).
 * @module
 */
import type {Context, MiddlewareHandler} from 'hono';
import {getConnInfo} from '@hono/node-server/conninfo';
import type {AppEnv} from './context.js';
import {Problem} from './problem.js';

/** Buckets of `perMinute` tokens, refilled continuously, one per key. */
export class TokenBuckets {
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
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
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
export function rateLimit(buckets: TokenBuckets, trustProxy: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = buckets.take(clientAddress(c, trustProxy));
    if (wait > 0) {
      throw new Problem(429, 'about:blank', 'Too many requests', {
        detail: `Too many requests from your address; retry in ${wait} s.`,
        headers: {'Retry-After': String(wait)},
      });
    }
    await next();
  };
}
