import assert from 'node:assert/strict';
import {parseApiBody, ProposalReceipt, type ProblemDetails} from '@metropolis-training/sdk';
import {bodyOf, headerOf} from './test-support/mail.js';
import {learningHubProposalBody, proposalBody, startTestServer, type TestServer} from './test-support/server.js';
import {startSmtp} from './test-support/smtp.js';

/** An Idempotency-Key as clients make them. */
const newKey = () => crypto.randomUUID();

async function problemOf(response: Response, status: number): Promise<ProblemDetails> {
  assert.equal(response.status, status, await response.clone().text());
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await response.json()) as ProblemDetails;
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  return body;
}

const paths = (problem: ProblemDetails) => (problem.issues ?? []).map((i) => i.path).sort();

/** The stored documents of a proposal, straight from the database. */
interface StoredProposal {
  reference: string;
  status: string;
  proposer: Record<string, unknown>;
  activity: Record<string, unknown>;
  partners: unknown[];
  learning_hub: unknown;
  offer: Record<string, unknown>;
}

describe('POST /v1/proposals', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  before(async () => {
    smtp = await startSmtp();
    server = await startTestServer({smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Metropolis Training <training@example.org>', outboxIntervalMs: 3_600_000});
  });
  after(async () => {
    await server.close();
    await smtp.close();
  });

  async function submit(body: unknown, headers: Record<string, string> = {}): Promise<ProposalReceipt> {
    const response = await server.postJson('/v1/proposals', body, headers);
    assert.equal(response.status, 201, await response.clone().text());
    assert.equal(response.headers.get('cache-control'), 'no-store');
    return parseApiBody(ProposalReceipt, await response.json(), 'Receipt');
  }

  async function stored(id: string): Promise<StoredProposal | undefined> {
    const [row] = await server.database.query<StoredProposal>('SELECT * FROM proposals WHERE id = $1', [id]);
    return row;
  }

  const count = async (table: string) => ((await server.database.query<{n: number}>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1);

  it('answers 201 with a receipt, numbering references MP-<year>-<4 digits> in sequence', async () => {
    const first = await submit(proposalBody());
    const second = await submit(learningHubProposalBody());
    assert.equal(first.status, 'received');
    assert.equal(first.receivedAt, '2025-09-15T08:00:00.000Z');
    assert.match(first.reference, /^MP-2025-\d{4}$/);
    const number = (reference: string) => Number(reference.slice(-4));
    assert.equal(number(second.reference), number(first.reference) + 1);
    const row = await stored(second.id);
    assert.equal(row?.reference, second.reference);
    assert.equal((row?.learning_hub as {region: string}).region, 'Latin America');
    assert.deepEqual(row?.partners, []);
  });

  it('starts again at 0001 in a new year, never giving a number twice', async () => {
    server.setNow(new Date('2026-01-01T00:00:01Z'));
    try {
      const receipts = await Promise.all(Array.from({length: 12}, (_, n) => submit(proposalBody({}, {email: `new-year-${n}@example.org`}))));
      const references = receipts.map((r) => r.reference).sort();
      assert.deepEqual(references, Array.from({length: 12}, (_, n) => `MP-2026-${String(n + 1).padStart(4, '0')}`));
    } finally {
      server.setNow(new Date('2025-09-15T08:00:00Z'));
    }
  });

  describe('refuses bad input with problem+json naming the field', () => {
    it('400 for malformed JSON, 415 for another content type', async () => {
      await problemOf(await server.request('/v1/proposals', {method: 'POST', headers: {'content-type': 'application/json'}, body: '{"lang": '}), 400);
      await problemOf(await server.request('/v1/proposals', {method: 'POST', headers: {'content-type': 'text/plain'}, body: JSON.stringify(proposalBody())}), 415);
    });

    it('422 for wrong types and unknown fields, naming each', async () => {
      const body = proposalBody({budget: 100}, {email: 'not an email', country: 'Mexico'}, {themes: [], expectedParticipants: 0, format: 'podcast'});
      const problem = await problemOf(await server.postJson('/v1/proposals', body), 422);
      assert.equal(problem.type, 'urn:metropolis-training:problem:validation');
      assert.deepEqual(paths(problem), ['activity.expectedParticipants', 'activity.format', 'activity.themes', 'budget', 'proposer.country', 'proposer.email']);
      assert.ok(problem.issues?.every((i) => i.code && i.message));
      assert.doesNotMatch(JSON.stringify(problem), /not an email/, 'never quotes the value');
    });

    it('422 for the cross-field rules: a webinar’s speaker, a hub’s plan, the period, consent', async () => {
      const noSpeaker = proposalBody({}, {}, {speakers: []});
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/proposals', noSpeaker), 422)), ['activity.speakers']);
      const hubWithoutPlan = learningHubProposalBody();
      delete hubWithoutPlan.learningHub;
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/proposals', hubWithoutPlan), 422)), ['learningHub']);
      const planWithoutHub = {...proposalBody(), learningHub: learningHubProposalBody().learningHub};
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/proposals', planWithoutHub), 422)), ['learningHub']);
      const backwards = proposalBody({}, {}, {period: {start: '2027-03', end: '2027-01'}});
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/proposals', backwards), 422)), ['activity.period.end']);
      const noConsent = proposalBody({consent: {privacy: false}});
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/proposals', noConsent), 422)), ['consent.privacy']);
    });

    it('stores nothing for a refused proposal', async () => {
      const before = await count('proposals');
      await problemOf(await server.postJson('/v1/proposals', proposalBody({lang: 'de'})), 422);
      assert.equal(await count('proposals'), before);
    });
  });

  it('answers a honeypot submission like a success but stores and sends nothing', async () => {
    const [proposals, mails] = [await count('proposals'), await count('outbox')];
    const receipt = await submit(proposalBody({website: 'http://spam.example'}));
    assert.equal(receipt.status, 'received');
    assert.match(receipt.reference, /^MP-2025-\d{4}$/);
    assert.equal(await count('proposals'), proposals);
    assert.equal(await count('outbox'), mails);
    assert.equal(await stored(receipt.id), undefined);
  });

  describe('Idempotency-Key', () => {
    it('answers 10 concurrent identical requests with one proposal (201, then replays)', async () => {
      const key = newKey();
      const body = proposalBody({}, {email: 'concurrent@example.org'});
      const responses = await Promise.all(Array.from({length: 10}, () => server.postJson('/v1/proposals', body, {'idempotency-key': key})));
      const receipts = await Promise.all(responses.map(async (r) => {
        assert.equal(r.status, 201);
        return (await r.json()) as ProposalReceipt;
      }));
      for (const receipt of receipts) assert.deepEqual(receipt, receipts[0]);
      assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 9);
      const [{n}] = (await server.database.query<{n: number}>("SELECT count(*)::int AS n FROM proposals WHERE proposer->>'email' = 'concurrent@example.org'")) as [{n: number}];
      assert.equal(n, 1);
      const [{mails}] = (await server.database.query<{mails: number}>("SELECT count(*)::int AS mails FROM outbox WHERE recipient = 'concurrent@example.org'")) as [{mails: number}];
      assert.equal(mails, 1);
    });

    it('answers a later retry with the first receipt, whatever the key order of the body', async () => {
      const key = newKey();
      const body = proposalBody({}, {email: 'retry@example.org'});
      const first = await submit(body, {'idempotency-key': key});
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      assert.deepEqual(await submit(reordered, {'idempotency-key': key}), first);
    });

    it('refuses the same key with another body (422 naming Idempotency-Key), and a short key', async () => {
      const key = newKey();
      await submit(proposalBody(), {'idempotency-key': key});
      const problem = await problemOf(await server.postJson('/v1/proposals', proposalBody({}, {}, {title: 'Another activity'}), {'idempotency-key': key}), 422);
      assert.deepEqual(paths(problem), ['Idempotency-Key']);
      assert.equal(problem.type, 'urn:metropolis-training:problem:idempotency-key-reused');
      assert.deepEqual(paths(await problemOf(await server.postJson('/v1/proposals', proposalBody(), {'idempotency-key': 'abc'}), 422)), ['Idempotency-Key']);
    });

    it('does not mix up a proposal’s key with an application’s', async () => {
      // The same key may name one proposal and, separately, one application: two tables.
      const key = newKey();
      await submit(proposalBody(), {'idempotency-key': key});
      const [{n}] = (await server.database.query<{n: number}>('SELECT count(*)::int AS n FROM idempotency_keys')) as [{n: number}];
      assert.equal(n, 0);
    });
  });

  it('stores hostile text exactly as sent (markup, bidi overrides, quotes, emoji, long lines)', async () => {
    const line = `${'Ω≈ç√'.repeat(49)}🚡`; // 198 UTF-16 code units: the longest a line takes is 200
    const hostile = {
      title: '<script>alert("x")</script> \u202Eevil\u202C',
      summary: "Robert'); DROP TABLE proposals;-- \"quoted\" \\ backslash\nsecond line\twith tab 🚡🌍👩🏽‍💻",
      objectives: `${'مدينة '.repeat(300)}end`.slice(0, 2000),
    };
    const body = proposalBody({partners: [{name: '%_ wildcard \u2066isolate\u2069', role: 'partner'}]}, {organization: line, givenName: '\u200Fאבי', familyName: "O'Brien"}, hostile);
    const receipt = await submit(body, {'idempotency-key': newKey()});
    const row = await stored(receipt.id);
    assert.ok(row);
    assert.equal(row.activity.title, hostile.title);
    assert.equal(row.activity.summary, hostile.summary);
    assert.equal(row.activity.objectives, hostile.objectives.trim());
    assert.equal(row.proposer.organization, line);
    assert.equal(row.proposer.givenName, '\u200Fאבי');
    assert.equal(row.proposer.familyName, "O'Brien");
    assert.deepEqual(row.partners, [{name: '%_ wildcard \u2066isolate\u2069', role: 'partner'}]);
  });

  it('sends the confirmation of receipt in the proposer’s language (en, fr, es), with the reference, title and next steps', async () => {
    const cases = [
      {lang: 'en', subject: 'Proposal received: ', step: /What happens next:\n1\. Review/},
      {lang: 'fr', subject: 'Proposition reçue : ', step: /Prochaines étapes :\n1\. Examen/},
      {lang: 'es', subject: 'Propuesta recibida: ', step: /Próximos pasos:\n1\. Revisión/},
    ] as const;
    const sent: {email: string; reference: string; lang: string; subject: string; step: RegExp}[] = [];
    for (const {lang, subject, step} of cases) {
      const email = `proposer-${lang}@example.org`;
      const receipt = await submit(proposalBody({lang}, {email}, {title: `Cable cars (${lang})`}));
      sent.push({email, reference: receipt.reference, lang, subject, step});
    }
    await server.outbox.drain();
    for (const {email, reference, lang, subject, step} of sent) {
      const mails = smtp.received.filter((m) => m.to.includes(email));
      assert.equal(mails.length, 1, email);
      const raw = mails[0]!.raw;
      assert.equal(headerOf(raw, 'Content-Language'), lang);
      assert.equal(headerOf(raw, 'Subject'), `${subject}Cable cars (${lang}) (${reference})`);
      const text = bodyOf(raw).replace(/\r\n/g, '\n');
      assert.match(text, new RegExp(reference));
      assert.match(text, /Lucía Ortega/);
      assert.match(text, new RegExp(`Cable cars \\(${lang}\\)`));
      assert.match(text, step);
    }
  });

  it('logs the request with the proposal’s id and no personal data', async () => {
    const email = 'private.person@example.org';
    const receipt = await submit(proposalBody({}, {email, familyName: 'Secretname'}));
    const entry = server.logs.find((e) => e.event === 'request' && e.proposalId === receipt.id);
    assert.ok(entry);
    assert.equal(entry.route, '/v1/proposals');
    assert.doesNotMatch(JSON.stringify(server.logs), /private\.person|Secretname/);
  });
});

describe('POST /v1/proposals rate limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({rateLimit: 2, trustProxy: 1});
  });
  after(() => server.close());

  it('answers 429 with Retry-After once an address used its requests', async () => {
    const post = () => server.postJson('/v1/proposals', proposalBody(), {'x-forwarded-for': '203.0.113.9'});
    assert.deepEqual([(await post()).status, (await post()).status], [201, 201]);
    const limited = await post();
    await problemOf(limited, 429);
    assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
  });
});
