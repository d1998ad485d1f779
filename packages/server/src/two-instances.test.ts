import assert from 'node:assert/strict';
import type {ApplicationReceipt} from '@metropolis-training/sdk';
import {applicationBody, DIPLOMA, startTestServer, type TestServer} from './test-support/server.js';
import {startSmtp} from './test-support/smtp.js';

// Two servers on one PostgreSQL database, as a deployment scales out. PGlite is one process's
// database, so this suite runs in the PostgreSQL run of `npm test` only.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

(onPostgres ? describe : describe.skip)(`two instances on one PostgreSQL database${onPostgres ? '' : ' (skipped: PostgreSQL only; PGlite is one process’s database)'}`, () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    smtp = await startSmtp();
    const shared = {smtpUrl: `smtp://127.0.0.1:${smtp.port}`, rateLimit: 3, trustProxy: 1, outboxIntervalMs: 3_600_000};
    a = await startTestServer(shared);
    b = await startTestServer({...shared, databaseSchema: a.databaseSchema});
    await a.seedMembers();
  });
  after(async () => {
    await b.close();
    await a.close();
    await smtp.close();
  });

  /** POSTs from a client address of its own, so the rate limit counts each test apart. */
  let clients = 0;
  const client = () => `198.51.100.${++clients}`;

  it('share the rate limit: 3 a minute per client in all, not 3 per instance', async () => {
    const address = client();
    const quote = (server: TestServer) => server.postJson('/v1/quotes', {editionId: DIPLOMA, country: 'ES'}, {'x-forwarded-for': address});
    assert.deepEqual([(await quote(a)).status, (await quote(b)).status, (await quote(a)).status], [200, 200, 200]);
    const limited = await quote(b);
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
    assert.equal((await quote(a)).status, 429);
  });

  it('give the special fee to exactly the quota (3) of 100 concurrent applicants split across both', async () => {
    const body = (n: number) => applicationBody('quota-test-a', {membership: {claim: 'member', memberId: 'addis-ababa'}}, {country: 'ET', email: `split${n}@example.org`});
    const responses = await Promise.all(Array.from({length: 100}, (_, n) => (n % 2 ? a : b).postJson('/v1/applications', body(n), {'x-forwarded-for': client(), 'idempotency-key': crypto.randomUUID()})));
    const receipts = await Promise.all(responses.map(async (r) => {
      assert.equal(r.status, 201, await r.clone().text());
      return (await r.json()) as ApplicationReceipt;
    }));
    assert.equal(receipts.filter((r) => r.quote.specialFeePlaces === 1).length, 3);
    const [{used}] = (await a.database.query<{used: number}>("SELECT used FROM special_fee_places WHERE edition_id = 'quota-test-a'")) as [{used: number}];
    assert.equal(used, 3);
  });

  it('answer concurrent retries of one Idempotency-Key across both with one application', async () => {
    const key = crypto.randomUUID();
    const body = applicationBody('lifecycle-test', {}, {email: 'one-key-two-instances@example.org'});
    const responses = await Promise.all(Array.from({length: 20}, (_, n) => (n % 2 ? a : b).postJson('/v1/applications', body, {'x-forwarded-for': client(), 'idempotency-key': key})));
    const receipts = await Promise.all(responses.map(async (r) => {
      assert.equal(r.status, 201);
      return (await r.json()) as ApplicationReceipt;
    }));
    assert.equal(new Set(receipts.map((r) => r.id)).size, 1);
    assert.equal(new Set(receipts.map((r) => r.token)).size, 1, 'every retry gets the same token');
    const [{count}] = (await a.database.query<{count: number}>("SELECT count(*)::int AS count FROM applications WHERE applicant->>'email' = 'one-key-two-instances@example.org'")) as [{count: number}];
    assert.equal(count, 1);
  });

  it('send each confirmation mail exactly once, both senders running at the same time', async () => {
    const emails = Array.from({length: 20}, (_, n) => `mail-once-${n}@example.org`);
    await Promise.all(emails.map((email, n) => (n % 2 ? a : b).postJson('/v1/applications', applicationBody('lifecycle-test', {}, {email}), {'x-forwarded-for': client()})));
    await Promise.all([a.outbox.drain(), b.outbox.drain(), a.outbox.drain(), b.outbox.drain()]);
    const [{pending}] = (await a.database.query<{pending: number}>('SELECT count(*)::int AS pending FROM outbox WHERE sent_at IS NULL')) as [{pending: number}];
    assert.equal(pending, 0);
    for (const email of emails) assert.equal(smtp.received.filter((m) => m.to.includes(email)).length, 1, email);
  });
});
