import assert from 'node:assert/strict';
import type {ApplicationReceipt, ProblemDetails} from '@metropolis-training/sdk';
import {fillSearchText} from './applications/records.js';
import {applicationBody, DIPLOMA, startTestServer, type TestServer} from './test-support/server.js';

/** Text no database column can hold or search, and what the 422 says about each. */
const hostile: [string, string][] = [
  ['O\u0000', 'control characters'],
  ['O\ud800', 'unpaired surrogates'],
  ['\udfffO', 'unpaired surrogates'],
];

describe('hostile text', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.seedMembers();
  });
  after(() => server.close());

  async function expect422(response: Response, path: string, what: string): Promise<void> {
    assert.equal(response.status, 422, `${path}: ${await response.clone().text()}`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = (await response.json()) as ProblemDetails & {issues: {path: string; message: string}[]};
    const issue = problem.issues.find((i) => i.path === path);
    assert.ok(issue, `${path} named in ${JSON.stringify(problem.issues)}`);
    assert.match(issue.message, new RegExp(what));
  }

  async function searchAnswers(q: string): Promise<{total: number; references: string[]}> {
    const response = await server.admin(`/v1/admin/applications?q=${encodeURIComponent(q)}`);
    assert.equal(response.status, 200, await response.clone().text());
    const page = (await response.json()) as {total: number; items: {reference: string}[]};
    return {total: page.total, references: page.items.map((i) => i.reference)};
  }

  it('refuses a NUL or a lone surrogate in every free-text field of an application with a 422 naming it (was 201 or 500)', async () => {
    const fields: [string, (value: string) => Record<string, unknown>][] = [
      ['applicant.organization', (v) => applicationBody(DIPLOMA, {}, {organization: v})],
      ['applicant.position', (v) => applicationBody(DIPLOMA, {}, {position: v})],
      ['applicant.givenName', (v) => applicationBody(DIPLOMA, {}, {givenName: v})],
      ['applicant.familyName', (v) => applicationBody(DIPLOMA, {}, {familyName: v})],
      ['applicant.city', (v) => applicationBody(DIPLOMA, {}, {city: v})],
      ['motivation', (v) => applicationBody(DIPLOMA, {motivation: v})],
      ['membership.memberName', (v) => applicationBody(DIPLOMA, {membership: {claim: 'member', memberName: v}})],
    ];
    for (const [path, body] of fields) {
      for (const [value, what] of hostile) await expect422(await server.postJson('/v1/applications', body(value), {'idempotency-key': crypto.randomUUID()}), path, what);
    }
    // The defect's reproduction: after the attempt, search still answers.
    await searchAnswers('Haddad');
  });

  it('refuses a NUL in a member name (admin PUT) and in a search, with a 422 naming the field', async () => {
    for (const [value, what] of hostile) {
      const put = await server.admin('/v1/admin/members/lagos', {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify({id: 'lagos', name: `Lagos ${value}`, city: 'Lagos', country: 'NG'})});
      await expect422(put, 'name', what);
    }
    await expect422(await server.admin('/v1/admin/applications?q=O%00'), 'q', 'control characters');
    await expect422(await server.request('/v1/members?q=O%00'), 'q', 'control characters');
    // A URL cannot carry a lone surrogate: its UTF-8 bytes arrive as invalid UTF-8, never as a 500.
    assert.ok((await server.admin('/v1/admin/applications?q=O%ED%A0%80')).status < 500);
  });

  it('stores text in NFC, so a name typed with a combining accent is found by its composed form', async () => {
    const response = await server.postJson('/v1/applications', applicationBody(DIPLOMA, {}, {familyName: 'Jose\u0301-Nfc'}));
    assert.equal(response.status, 201);
    const {reference} = (await response.json()) as ApplicationReceipt;
    assert.deepEqual((await searchAnswers('Jos\u00e9-Nfc')).references, [reference]);
  });

  it('keeps search, list, CSV and detail answering over hostile values stored before the rule, and finds them once filled in', async () => {
    const response = await server.postJson('/v1/applications', applicationBody(DIPLOMA, {}, {givenName: 'Stored', familyName: 'Earlier', organization: 'Old Data Office'}));
    const {id, reference} = (await response.json()) as ApplicationReceipt;
    // What an earlier version let in, written as the database holds it (json escapes), with no search text yet.
    const applicant = '{"givenName":"Sto\\u0000red","familyName":"Ear\\ud800lier","email":"stored@example.org","organization":"Old\\udfff Data\\u0000 Office","position":"P","city":"C","country":"EG","careerStage":"mid-career"}';
    await server.database.query('UPDATE applications SET applicant = $2::json, search_text = NULL WHERE id = $1', [id, applicant]);

    assert.equal((await searchAnswers('Earlier')).total, 0, 'not findable by name until filled in, but no error');
    assert.equal((await server.admin('/v1/admin/applications')).status, 200);
    assert.equal((await server.admin('/v1/admin/applications.csv')).status, 200);
    assert.equal((await server.admin(`/v1/admin/applications/${id}`)).status, 200);
    assert.deepEqual((await searchAnswers(reference)).references, [reference], 'found by its reference meanwhile');

    assert.equal(await fillSearchText(server.database), 1);
    assert.deepEqual((await searchAnswers('Stored Earlier')).references, [reference]);
    assert.deepEqual((await searchAnswers('Old Data Office')).references, [reference]);
    assert.equal(await fillSearchText(server.database), 0, 'filled once');
  });
});
