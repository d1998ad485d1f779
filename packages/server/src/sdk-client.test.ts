import assert from 'node:assert/strict';
import {ApiError, createClient, ValidationError, type ApplicationInput, type ProposalInput} from '@metropolis-training/sdk';
import {applicationBody, DIPLOMA, proposalBody, startTestServer, type TestServer} from './test-support/server.js';

// The SDK's client against the real server: the two sides of one contract.
describe('the SDK client against the server', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.seedMembers();
  });
  after(() => server.close());

  it('reads the catalog and the members, quotes, applies and reads the application back', async () => {
    const client = createClient({baseUrl: server.url, retry: 0});
    const catalog = await client.catalog();
    assert.ok(catalog.editions.some((e) => e.id === DIPLOMA));
    const members = await client.members();
    assert.ok(members.some((m) => m.id === 'cairo'));
    const quote = await client.quote(DIPLOMA, {country: 'EG', membership: {claim: 'member', memberId: 'cairo'}});
    assert.equal(quote.total.amount, 16500);
    const receipt = await client.apply(applicationBody(DIPLOMA, {membership: {claim: 'member', memberId: 'cairo'}}) as ApplicationInput);
    assert.equal(receipt.quote.total.amount, 16500);
    const view = await client.application(receipt.id, receipt.token);
    assert.equal(view.reference, receipt.reference);
  });

  it('gets the same application back when it retries with its idempotency key', async () => {
    const client = createClient({baseUrl: server.url, retry: 0});
    const input = applicationBody(DIPLOMA, {}, {email: 'retry@example.org'}) as ApplicationInput;
    const key = crypto.randomUUID();
    const first = await client.apply(input, {idempotencyKey: key});
    const again = await client.apply(input, {idempotencyKey: key});
    assert.deepEqual(again, first);
  });

  it('surfaces the server’s field issues as an ApiError', async () => {
    const client = createClient({baseUrl: server.url, retry: 0});
    await assert.rejects(client.apply(applicationBody('closed-test') as ApplicationInput), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 422);
      assert.deepEqual(error.issues.map((i) => i.path), ['editionId']);
      return true;
    });
  });

  it('submits a proposal, and gets the same receipt back when it retries with its idempotency key', async () => {
    const client = createClient({baseUrl: server.url, retry: 0});
    const input = proposalBody({}, {email: 'client-proposal@example.org'}) as unknown as ProposalInput;
    const key = crypto.randomUUID();
    const first = await client.submitProposal(input, {idempotencyKey: key});
    assert.match(first.reference, /^MP-2025-\d{4}$/);
    assert.equal(first.status, 'received');
    assert.deepEqual(await client.submitProposal(input, {idempotencyKey: key}), first);
    const [{n}] = (await server.database.query<{n: number}>("SELECT count(*)::int AS n FROM proposals WHERE proposer->>'email' = 'client-proposal@example.org'")) as [{n: number}];
    assert.equal(n, 1);
  });

  it('refuses an invalid proposal before sending it', async () => {
    const client = createClient({baseUrl: server.url, retry: 0});
    const webinarWithoutSpeaker = proposalBody({}, {}, {speakers: []}) as unknown as ProposalInput;
    await assert.rejects(client.submitProposal(webinarWithoutSpeaker), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.issues.map((i) => i.path), ['activity.speakers']);
      return true;
    });
  });
});
