#!/usr/bin/env node
// `npm run bench:server`: starts the server on loopback (PGlite in a temporary folder; then
// PostgreSQL too when DATABASE_URL is set), drives it with autocannon — catalog reads, then
// application submissions (each with its own Idempotency-Key and applicant) — and prints
// requests per second, p50/p99 latency and the server's busy time per request per scenario. Each scenario is bounded in time and
// in requests. Not a test: figures depend on the machine. Expects `npm run build` to have run.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomUUID} from 'node:crypto';
import autocannon from 'autocannon';
import {configFromEnv, startServer} from '@metropolis-training/server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 200_000);
const CONNECTIONS = 10;

function application() {
  const n = randomUUID();
  return JSON.stringify({
    editionId: 'diploma-internationalization-2025',
    lang: 'en',
    applicant: {
      givenName: 'Bench', familyName: `Applicant ${n.slice(0, 8)}`, email: `bench-${n}@example.org`,
      organization: 'Benchmark City', position: 'Officer', city: 'Barcelona', country: 'ES', careerStage: 'mid-career',
    },
    membership: {claim: 'non-member'},
    motivation: 'Load test.',
    consent: {privacy: true},
  });
}

/** Each scenario's autocannon requests; `etag` is the catalog's, for conditional reads. */
const scenarios = [
  {name: 'GET /v1/catalog', requests: () => [{method: 'GET', path: '/v1/catalog'}]},
  // Compressed once at start: a compressed 200 should cost about what a 304 costs.
  {name: 'GET /v1/catalog (br)', requests: () => [{method: 'GET', path: '/v1/catalog', headers: {'accept-encoding': 'br'}}]},
  {name: 'GET /v1/catalog (gzip)', requests: () => [{method: 'GET', path: '/v1/catalog', headers: {'accept-encoding': 'gzip'}}]},
  {name: 'GET /v1/catalog (304)', requests: (etag) => [{method: 'GET', path: '/v1/catalog', headers: {'if-none-match': etag}}]},
  {
    name: 'POST /v1/applications',
    requests: () => [{
      method: 'POST',
      path: '/v1/applications',
      // A new key and applicant per request: every submission is a new application.
      setupRequest: (request) => ({...request, headers: {'content-type': 'application/json', 'idempotency-key': randomUUID()}, body: application()}),
    }],
  },
];

// `ownThread`: the client runs in a worker thread, so that reading bodies does not take the
// server's event loop (requests with a setup function cannot be sent to a worker).
function run(url, requests, ownThread) {
  return new Promise((resolve, reject) => {
    autocannon({url, connections: CONNECTIONS, ...(ownThread ? {workers: 1} : {}), duration: SECONDS, maxOverallRequests: MAX_REQUESTS, requests}, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function bench(label, databaseUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'metropolis-bench-'));
  const config = {
    ...configFromEnv({DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', DEMO_DATE: '2025-09-15'}),
    databaseUrl,
    databaseSchema: databaseUrl ? `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}` : undefined,
    log: () => {},
  };
  const server = await startServer(config);
  try {
    const etag = (await fetch(`${server.url}/v1/catalog`)).headers.get('etag');
    console.log(`\n${label} (${CONNECTIONS} connections, ${SECONDS} s or ${MAX_REQUESTS} requests per scenario)`);
    console.log('scenario'.padEnd(28), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'failed'.padStart(8), 'server µs/req'.padStart(14));
    const serverTime = {};
    for (const scenario of scenarios) {
      const ownThread = !scenario.requests(etag).some((r) => r.setupRequest);
      const before = performance.eventLoopUtilization();
      const result = await run(server.url, scenario.requests(etag), ownThread);
      // With the client in its own thread, this thread's busy time is the server's alone.
      const busy = performance.eventLoopUtilization(before).active;
      const failed = result['4xx'] + result['5xx'] + result.errors + result.timeouts;
      serverTime[scenario.name] = ownThread ? (busy * 1000) / result.requests.total : undefined;
      const perRequest = ownThread ? serverTime[scenario.name].toFixed(0) : '—';
      console.log(scenario.name.padEnd(28), result.requests.average.toFixed(0).padStart(9), String(result.latency.p50).padStart(8), String(result.latency.p99).padStart(8), String(failed).padStart(8), perRequest.padStart(14));
    }
    // On 2 cores the client saturates first on 200s (it reads every body), so throughput
    // understates the server; its busy time per request is the cost the issue compares.
    const ratio = (name) => (serverTime[name] / serverTime['GET /v1/catalog (304)']).toFixed(2);
    console.log(`server time per request, 200 / 304: br ${ratio('GET /v1/catalog (br)')}, gzip ${ratio('GET /v1/catalog (gzip)')}, uncompressed ${ratio('GET /v1/catalog')}`);
  } finally {
    await server.close();
    if (databaseUrl) {
      const {default: pg} = await import('pg');
      const client = new pg.Client({connectionString: databaseUrl});
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${config.databaseSchema}" CASCADE`);
      await client.end();
    }
    rmSync(dataDir, {recursive: true, force: true});
  }
}

await bench('PGlite (embedded, temporary folder)');
if (process.env.DATABASE_URL) await bench('PostgreSQL (DATABASE_URL)', process.env.DATABASE_URL);
