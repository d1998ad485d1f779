import assert from 'node:assert/strict';
import type {ProblemDetails} from '@metropolis-training/sdk';
import {TokenBuckets} from './rate-limit.js';
import {DIPLOMA, startTestServer, type TestServer} from './test-support/server.js';

describe('TokenBuckets', () => {
  it('allows a burst of the capacity, then refills continuously', () => {
    let now = 0;
    const buckets = new TokenBuckets(6, () => now); // 6 a minute: one every 10 s
    for (let i = 0; i < 6; i++) assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 10);
    assert.equal(buckets.take('b'), 0, 'each key has its own bucket');
    now += 5_000;
    assert.equal(buckets.take('a'), 5);
    now += 5_000;
    assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 10);
  });

  it('forgets full buckets, so memory follows active clients only', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, () => now);
    for (let i = 0; i < 1000; i++) buckets.take(`client-${i}`);
    now += 120_000;
    buckets.take('trigger');
    assert.equal((buckets as unknown as {buckets: Map<string, unknown>}).buckets.size, 1);
  });
});

describe('rate limit over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({rateLimit: 3, trustProxy: 1});
  });
  after(() => server.close());

  const quote = (forwardedFor: string) => server.postJson('/v1/quotes', {editionId: DIPLOMA, country: 'ES'}, {'x-forwarded-for': forwardedFor});

  it('answers 429 problem+json with Retry-After once an address used its requests', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await quote('203.0.113.7')).status, 200);
    const limited = await quote('203.0.113.7');
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
    assert.match(limited.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(((await limited.json()) as ProblemDetails).status, 429);
  });

  it('counts each client address apart, reading X-Forwarded-For from the trusted proxy only', async () => {
    assert.equal((await quote('198.51.100.1')).status, 200);
    // A client cannot escape its bucket by prepending addresses: the proxy's entry is the last one.
    for (let i = 0; i < 2; i++) assert.equal((await quote(`10.0.0.${i}, 198.51.100.1`)).status, 200);
    assert.equal((await quote('192.0.2.55, 198.51.100.1')).status, 429);
  });

  it('does not limit reads', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await server.request('/v1/catalog', {headers: {'x-forwarded-for': '203.0.113.7'}})).status, 200);
  });
});
