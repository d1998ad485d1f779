import assert from 'node:assert/strict';
import {ApiError, createClient, type ApplicationInput} from '@metropolis-training/sdk';
import {applicationBody, DIPLOMA, startTestServer, type TestServer} from './test-support/server.js';

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
});
