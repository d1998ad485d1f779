import assert from 'node:assert/strict';
import type {Application, ApplicationReceipt, Catalog, ProposalReceipt} from '@metropolis-training/sdk';
import {applicationBody, DIPLOMA, proposalBody, startTestServer, type TestServer} from './test-support/server.js';
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
    const shared = {smtpUrl: `smtp://127.0.0.1:${smtp.port}`, rateLimit: 3, trustProxy: 1, outboxIntervalMs: 3_600_000, catalogRefreshMs: 100};
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

  it('number 40 concurrent proposals split across both MP-2025-0001 to 0040, each once', async () => {
    const responses = await Promise.all(Array.from({length: 40}, (_, n) => (n % 2 ? a : b).postJson('/v1/proposals', proposalBody({}, {email: `numbered${n}@example.org`}), {'x-forwarded-for': client()})));
    const receipts = await Promise.all(responses.map(async (r) => {
      assert.equal(r.status, 201, await r.clone().text());
      return (await r.json()) as ProposalReceipt;
    }));
    assert.deepEqual(receipts.map((r) => r.reference).sort(), Array.from({length: 40}, (_, n) => `MP-2025-${String(n + 1).padStart(4, '0')}`));
  });

  it('number 30 concurrent invoices split across both 2025-0001 to 0030, each once, and one admin’s change wins', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 30; n++) {
      const created = await a.postJson('/v1/applications', applicationBody('lifecycle-test', {}, {email: `invoice-${n}@example.org`}), {'x-forwarded-for': client()});
      const {id} = (await created.json()) as ApplicationReceipt;
      for (const status of ['under-review', 'admitted']) assert.equal((await a.setStatus(id, {status})).status, 200);
      ids.push(id);
    }
    const responses = await Promise.all(ids.map((id, n) => (n % 2 ? a : b).setStatus(id, {status: 'invoiced'})));
    const invoices = await Promise.all(responses.map(async (r) => {
      assert.equal(r.status, 200, await r.clone().text());
      return ((await r.json()) as Application).invoice!.number;
    }));
    assert.deepEqual(invoices.sort(), Array.from({length: 30}, (_, n) => `2025-${String(n + 1).padStart(4, '0')}`));
    // Two admins on two instances send the same version: one change, one 412.
    const etag = (await a.admin(`/v1/admin/applications/${ids[0]}`)).headers.get('etag')!;
    const both = await Promise.all([a, b].map((server) => server.setStatus(ids[0]!, {status: 'paid'}, {ifMatch: etag})));
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 412]);
  });

  it('serve a course published on one instance from the other too', async () => {
    const created = await a.postJson('/v1/proposals', proposalBody({}, {}, {title: 'Two instances webinar'}), {'x-forwarded-for': client()});
    const {id} = (await created.json()) as ProposalReceipt;
    const admin = (path: string, body?: unknown) => a.admin(path, {method: 'POST', ...(body ? {headers: {'content-type': 'application/json'}, body: JSON.stringify(body)} : {})});
    for (const status of ['under-review', 'accepted']) assert.equal((await admin(`/v1/admin/proposals/${id}/status`, {status})).status, 200);
    assert.equal((await admin(`/v1/admin/proposals/${id}/schedule`)).status, 200);
    const has = async (server: TestServer) => ((await (await server.request('/v1/catalog')).json()) as Catalog).courses.some((c) => c.id === 'two-instances-webinar');
    assert.equal(await has(b), false);
    assert.equal((await admin(`/v1/admin/proposals/${id}/publish`)).status, 200);
    assert.equal(await has(a), true, 'at once where it was published');
    const deadline = Date.now() + 5000;
    while (!(await has(b)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(await has(b), true, 'within catalogRefreshMs on the other');
    const etag = async (server: TestServer) => (await server.request('/v1/catalog')).headers.get('etag');
    assert.equal(await etag(a), await etag(b), 'the same bytes');
  });
});
