import assert from 'node:assert/strict';
import {ApplicationReceipt, ApplicationView, parseApiBody, type ApplicationPage, type ProblemDetails} from '@metropolis-training/sdk';
import {legacyDerivedToken} from './secrets.js';
import {applicationBody, DIPLOMA, startTestServer, type TestServer} from './test-support/server.js';

/** An Idempotency-Key as clients make them. */
const newKey = () => crypto.randomUUID();

async function problemOf(response: Response, status: number): Promise<ProblemDetails> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await response.json()) as ProblemDetails;
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  return body;
}

const paths = (problem: ProblemDetails) => (problem.issues ?? []).map((i) => i.path);

describe('POST /v1/applications', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.seedMembers();
  });
  after(() => server.close());

  async function submit(body: unknown, headers: Record<string, string> = {}): Promise<ApplicationReceipt> {
    const response = await server.postJson('/v1/applications', body, headers);
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as ApplicationReceipt;
  }

  async function countApplications(editionId: string): Promise<number> {
    const page = (await (await server.admin(`/v1/admin/applications?editionId=${editionId}`)).json()) as ApplicationPage;
    return page.total;
  }

  it('answers 201 with a receipt priced by the server, as of its clock', async () => {
    const receipt = await submit(applicationBody());
    parseApiBody(ApplicationReceipt, receipt, 'Receipt'); // what the SDK client accepts
    assert.equal(receipt.status, 'submitted');
    assert.equal(receipt.editionId, DIPLOMA);
    assert.match(receipt.reference, /^MT-2025-\d{4,}$/);
    assert.equal(receipt.quote.date, '2025-09-15');
    assert.equal(receipt.membership, 'non-member');
    assert.deepEqual(receipt.quote.total, {amount: 66000, currency: 'EUR'});
  });

  it('ignores a price sent by the client (expectedTotal)', async () => {
    const receipt = await submit(applicationBody(DIPLOMA, {expectedTotal: {amount: 1, currency: 'EUR'}}));
    assert.deepEqual(receipt.quote.total, {amount: 66000, currency: 'EUR'});
  });

  it('prices a member up to date from the registry: 50 % off, and the special fee for its country', async () => {
    const receipt = await submit(applicationBody(DIPLOMA, {membership: {claim: 'member', memberId: 'cairo'}}));
    assert.equal(receipt.membership, 'member');
    assert.equal(receipt.quote.total.amount, 16500); // 660 → 330 → 165 (Egypt, lower-middle income)
  });

  it('charges the list price to a claimed member who is not in the registry', async () => {
    const receipt = await submit(applicationBody(DIPLOMA, {membership: {claim: 'member', memberName: 'City of Nowhere'}}));
    assert.equal(receipt.membership, 'non-member');
    assert.equal(receipt.quote.total.amount, 66000);
  });

  it('charges the list price to a member in arrears', async () => {
    const receipt = await submit(applicationBody(DIPLOMA, {membership: {claim: 'member', memberId: 'in-arrears'}}, {country: 'PE'}));
    assert.equal(receipt.membership, 'member-in-arrears');
    assert.equal(receipt.quote.total.amount, 66000);
  });

  it('matches a member name typed freely, ignoring case and accents', async () => {
    const receipt = await submit(applicationBody(DIPLOMA, {membership: {claim: 'not-sure', memberName: '  AREA metropolitana de  barcelona '}}, {country: 'ES'}));
    assert.equal(receipt.membership, 'member');
    assert.equal(receipt.quote.total.amount, 33000);
  });

  it('reads the income group from the member city’s country, not the applicant’s', async () => {
    // An applicant living in Spain applies for Cairo: Egypt's group gives the special fee.
    const receipt = await submit(applicationBody(DIPLOMA, {membership: {claim: 'member', memberId: 'cairo'}}, {country: 'ES'}));
    assert.equal(receipt.quote.total.amount, 16500);
  });

  it('counts the group: 1 + groupMembers participants with the group discount', async () => {
    const colleague = (n: number) => ({givenName: `Colleague ${n}`, familyName: 'Ruiz', email: `c${n}@example.org`});
    const receipt = await submit(applicationBody(DIPLOMA, {groupMembers: [colleague(1), colleague(2)]}, {country: 'ES'}));
    assert.equal(receipt.quote.participants, 3);
    assert.equal(receipt.quote.total.amount, 182160); // 3 × 607.20
  });

  it('lets the applicant read their application with the token, and answers 404 alike for a wrong token or id', async () => {
    const receipt = await submit(applicationBody());
    const own = await server.request(`/v1/applications/${receipt.id}?token=${encodeURIComponent(receipt.token)}`);
    assert.equal(own.status, 200);
    const view = parseApiBody(ApplicationView, await own.json(), 'View');
    assert.equal(view.reference, receipt.reference);
    assert.deepEqual(view.quote, receipt.quote);
    const wrongToken = await problemOf(await server.request(`/v1/applications/${receipt.id}?token=nope`), 404);
    const wrongId = await problemOf(await server.request(`/v1/applications/${crypto.randomUUID()}?token=${receipt.token}`), 404);
    const notAnId = await problemOf(await server.request('/v1/applications/not-a-uuid'), 404);
    assert.deepEqual(wrongToken, wrongId);
    assert.deepEqual(wrongId, notAnId);
  });

  describe('refuses bad input with problem+json naming the field', () => {
    it('400 for malformed JSON', async () => {
      const response = await server.request('/v1/applications', {method: 'POST', headers: {'content-type': 'application/json'}, body: '{"editionId": '});
      await problemOf(response, 400);
    });

    it('415 for another content type', async () => {
      const response = await server.request('/v1/applications', {method: 'POST', headers: {'content-type': 'text/plain'}, body: JSON.stringify(applicationBody())});
      await problemOf(response, 415);
    });

    it('422 for wrong types', async () => {
      const body = applicationBody();
      (body.applicant as Record<string, unknown>).givenName = 42;
      body.groupMembers = 'none';
      const problem = await problemOf(await server.postJson('/v1/applications', body), 422);
      assert.deepEqual(paths(problem).sort(), ['applicant.givenName', 'groupMembers']);
      assert.ok(problem.issues?.every((i) => i.code && i.message));
    });

    it('422 for unknown fields, naming each', async () => {
      const body = {...applicationBody(), price: 0, discount: 'all'};
      const problem = await problemOf(await server.postJson('/v1/applications', body), 422);
      assert.deepEqual(paths(problem).sort(), ['discount', 'price']);
    });

    it('422 when consent is missing', async () => {
      const body = applicationBody();
      delete body.consent;
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/applications', body), 422)), ['consent']);
      const refused = applicationBody(DIPLOMA, {consent: {privacy: false as true}});
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/applications', refused), 422)), ['consent.privacy']);
    });

    it('422 for an unknown edition', async () => {
      const problem = await problemOf(await server.postJson('/v1/applications', applicationBody('no-such-edition')), 422);
      assert.deepEqual(paths(problem), ['editionId']);
    });

    it('422 for a closed edition, with a title that says so', async () => {
      const problem = await problemOf(await server.postJson('/v1/applications', applicationBody('closed-test')), 422);
      assert.deepEqual(paths(problem), ['editionId']);
      assert.match(problem.title, /not taking applications/);
      assert.match(problem.issues?.[0]?.message ?? '', /closed/);
    });

    it('422 for an edition whose fee is not announced', async () => {
      const problem = await problemOf(await server.postJson('/v1/applications', applicationBody('fee-tba-test')), 422);
      assert.deepEqual(paths(problem), ['editionId']);
      assert.match(problem.title, /fee .* not announced/);
    });

    it('422 for an unknown member id', async () => {
      const problem = await problemOf(await server.postJson('/v1/applications', applicationBody(DIPLOMA, {membership: {claim: 'member', memberId: 'atlantis'}})), 422);
      assert.deepEqual(paths(problem), ['membership.memberId']);
    });

    it('413 for a body over the limit, declared or chunked', async () => {
      const huge = JSON.stringify({...applicationBody(), motivation: 'x'.repeat(300_000)});
      await problemOf(await server.request('/v1/applications', {method: 'POST', headers: {'content-type': 'application/json'}, body: huge}), 413);
      const chunked = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 30; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
          controller.close();
        },
      });
      const response = await server.request('/v1/applications', {method: 'POST', headers: {'content-type': 'application/json'}, body: chunked, duplex: 'half'} as RequestInit);
      await problemOf(response, 413);
    });
  });

  it('prices a free edition at zero', async () => {
    const receipt = await submit(applicationBody('free-test'));
    assert.deepEqual(receipt.quote.total, {amount: 0, currency: 'EUR'});
  });

  it('answers a honeypot submission like a success but stores nothing', async () => {
    const outboxSize = async () => ((await server.database.query<{count: number}>('SELECT count(*)::int AS count FROM outbox'))[0]?.count ?? -1);
    const before = await countApplications(DIPLOMA);
    const mailBefore = await outboxSize();
    const receipt = await submit(applicationBody(DIPLOMA, {website: 'http://spam.example'}));
    assert.equal(receipt.status, 'submitted');
    assert.match(receipt.reference, /^MT-2025-\d{4}$/);
    assert.equal(await countApplications(DIPLOMA), before);
    assert.equal((await server.admin(`/v1/admin/applications/${receipt.id}`)).status, 404);
    assert.equal(await outboxSize(), mailBefore);
  });

  describe('Idempotency-Key', () => {
    it('answers 10 concurrent identical requests with one application', async () => {
      const key = newKey();
      const body = applicationBody('lifecycle-test', {}, {email: 'concurrent@example.org'});
      const responses = await Promise.all(Array.from({length: 10}, () => server.postJson('/v1/applications', body, {'idempotency-key': key})));
      const receipts = await Promise.all(responses.map(async (r) => {
        assert.equal(r.status, 201);
        return (await r.json()) as ApplicationReceipt;
      }));
      assert.equal(new Set(receipts.map((r) => r.id)).size, 1);
      for (const receipt of receipts) assert.deepEqual(receipt, receipts[0]);
      assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 9);
      const [{count}] = (await server.database.query<{count: number}>("SELECT count(*)::int AS count FROM applications WHERE applicant->>'email' = 'concurrent@example.org'")) as [{count: number}];
      assert.equal(count, 1);
    });

    it('answers a later retry with the first result, token included', async () => {
      const key = newKey();
      const first = await submit(applicationBody(), {'idempotency-key': key});
      const again = await submit(applicationBody(), {'idempotency-key': key});
      assert.deepEqual(again, first);
      assert.equal((await server.request(`/v1/applications/${first.id}?token=${encodeURIComponent(again.token)}`)).status, 200);
    });

    it('gives a random token that the Idempotency-Key does not determine, and a retry the same token back', async () => {
      // A careless client's weak (but long enough) key: whoever knows it and the application id must not know the token.
      const key = 'weak-key-0000000000000000';
      const first = await submit(applicationBody(DIPLOMA, {}, {email: 'weak-key@example.org'}), {'idempotency-key': key});
      assert.notEqual(first.token, legacyDerivedToken(first.id, key));
      assert.equal(Buffer.from(first.token, 'base64url').length, 32);
      const again = await submit(applicationBody(DIPLOMA, {}, {email: 'weak-key@example.org'}), {'idempotency-key': key});
      assert.equal(again.token, first.token);
      // Stored: the token's hash with the application, the token only sealed with the key.
      const [row] = (await server.database.query<{token_sealed: string}>('SELECT token_sealed FROM idempotency_keys WHERE application_id = $1', [first.id])) as [{token_sealed: string}];
      assert.ok(row.token_sealed && !row.token_sealed.includes(first.token));
    });

    it('refuses the same key with another body (422)', async () => {
      const key = newKey();
      await submit(applicationBody(), {'idempotency-key': key});
      const problem = await problemOf(await server.postJson('/v1/applications', applicationBody(DIPLOMA, {motivation: 'Something else.'}), {'idempotency-key': key}), 422);
      assert.deepEqual(paths(problem), ['Idempotency-Key']);
    });

    it('refuses a key too short to be unguessable (422)', async () => {
      await problemOf(await server.postJson('/v1/applications', applicationBody(), {'idempotency-key': 'abc'}), 422);
    });
  });

  it('gives the special fee to exactly 3 of 50 concurrent applicants from a low-income member country', async () => {
    const body = (n: number) => applicationBody('quota-test-a', {membership: {claim: 'member', memberId: 'addis-ababa'}}, {country: 'ET', email: `applicant${n}@example.org`});
    const responses = await Promise.all(Array.from({length: 50}, (_, n) => server.postJson('/v1/applications', body(n), {'idempotency-key': newKey()})));
    const receipts = await Promise.all(responses.map(async (r) => {
      assert.equal(r.status, 201);
      return (await r.json()) as ApplicationReceipt;
    }));
    const special = receipts.filter((r) => r.quote.specialFeePlaces === 1);
    assert.equal(special.length, 3);
    for (const r of special) assert.equal(r.quote.total.amount, 0); // member 50 %, then waived (low income, FY2025)
    for (const r of receipts.filter((x) => x.quote.specialFeePlaces === 0)) assert.equal(r.quote.total.amount, 33000);
    const [{used}] = (await server.database.query<{used: number}>("SELECT used FROM special_fee_places WHERE edition_id = 'quota-test-a'")) as [{used: number}];
    assert.equal(used, 3);
  });

  it('splits a group when fewer special-fee places are left than participants', async () => {
    const group = [1, 2, 3].map((n) => ({givenName: `G${n}`, familyName: 'Tesfaye', email: `g${n}@example.org`}));
    const first = await submit(applicationBody('quota-test-b', {membership: {claim: 'member', memberId: 'addis-ababa'}, groupMembers: group}, {country: 'ET'}));
    assert.equal(first.quote.participants, 4);
    assert.equal(first.quote.specialFeePlaces, 3);
    assert.equal(first.quote.parts.length, 2);
    const next = await submit(applicationBody('quota-test-b', {membership: {claim: 'member', memberId: 'addis-ababa'}}, {country: 'ET'}));
    assert.equal(next.quote.specialFeePlaces, 0);
  });
});
