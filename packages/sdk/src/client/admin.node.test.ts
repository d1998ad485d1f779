import {assert} from 'chai';
import {ConflictError, createAdminClient, isConflict} from './admin.js';
import {ApiError} from './errors.js';
import {quote} from '../fees/checked.js';
import {diplomaSchedule} from '../test-support/schedules.js';

type Seen = {url: string; method: string; headers: Record<string, string>; body?: string};

/** A fetch that records what it was asked and answers with `answer`. */
function fakeFetch(answer: (seen: Seen) => Response): {fetch: typeof fetch; seen: Seen[]} {
  const seen: Seen[] = [];
  const fake = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: Seen = {url: String(input), method: init.method ?? 'GET', headers: Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v])), body: init.body as string | undefined};
    seen.push(request);
    return answer(request);
  }) as typeof fetch;
  return {fetch: fake, seen};
}

const application = {
  id: '6f1e8a52-3c1f-4c3e-9d8e-1a2b3c4d5e6f',
  reference: 'MT-2025-0001',
  editionId: 'diploma-internationalization-2025',
  status: 'under-review',
  submittedAt: '2025-09-15T08:00:00.000Z',
  updatedAt: '2025-09-15T08:00:00.000Z',
  lang: 'en',
  applicant: {givenName: 'Amina', familyName: 'Haddad', email: 'amina@example.org', organization: 'Cairo Governorate', position: 'Officer', city: 'Cairo', country: 'EG', careerStage: 'mid-career'},
  groupMembers: [],
  membershipClaim: {claim: 'non-member'},
  membership: 'non-member',
  motivation: 'Why',
  consent: {privacy: true},
  quote: quote(diplomaSchedule(), {date: '2025-09-15', membership: 'non-member', country: 'EG'}),
  history: [{status: 'submitted', at: '2025-09-15T08:00:00.000Z'}],
};

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), {status, headers: {'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers}});

describe('the admin client', () => {
  it('sends the bearer token and builds the list query from the filters', async () => {
    const {fetch, seen} = fakeFetch(() => json({items: [], total: 0}));
    const client = createAdminClient({api: 'https://training.example/', token: 'secret-token-0123456789', fetch});
    const page = await client.applications({editionId: 'x', status: 'submitted', specialFee: true, q: 'amina', country: ''});
    assert.equal(page.total, 0);
    assert.equal(seen[0]!.headers.authorization, 'Bearer secret-token-0123456789');
    const url = new URL(seen[0]!.url);
    assert.equal(url.pathname, '/v1/admin/applications');
    assert.deepEqual(Object.fromEntries(url.searchParams), {editionId: 'x', status: 'submitted', specialFee: 'true', q: 'amina'});
  });

  it('returns the ETag with an application, and sends it back as If-Match, never retrying a change', async () => {
    const {fetch, seen} = fakeFetch((request) => (request.method === 'GET' ? json(application, 200, {etag: '"v1"'}) : json({...application, status: 'admitted'}, 200, {etag: '"v2"'})));
    const client = createAdminClient({api: 'https://training.example', token: 't'.repeat(16), fetch});
    const {etag} = await client.application(application.id);
    assert.equal(etag, '"v1"');
    const changed = await client.changeStatus(application.id, {status: 'admitted'}, etag);
    assert.equal(changed.etag, '"v2"');
    assert.equal(changed.application.status, 'admitted');
    assert.equal(seen[1]!.method, 'POST');
    assert.equal(seen[1]!.headers['if-match'], '"v1"');
    assert.deepEqual(JSON.parse(seen[1]!.body!), {status: 'admitted'});
  });

  it('maps 412 to a ConflictError carrying the server’s detail', async () => {
    const {fetch, seen} = fakeFetch(() => json({type: 'https://training.example/problems/conflict', title: 'Changed by someone else', status: 412, detail: 'bob admitted it at 10:02'}, 412));
    const client = createAdminClient({api: 'https://training.example', token: 't'.repeat(16), fetch});
    try {
      await client.changeStatus(application.id, {status: 'rejected', note: 'no'}, '"v1"');
      assert.fail('expected a ConflictError');
    } catch (error) {
      assert.instanceOf(error, ConflictError);
      assert.instanceOf(error, ApiError);
      assert.isTrue(isConflict(error));
      assert.equal((error as ConflictError).name, 'ConflictError');
      assert.equal((error as ConflictError).problem.detail, 'bob admitted it at 10:02');
    }
    assert.lengthOf(seen, 1);
  });

  it('surfaces 409 and 401 as ApiError with the problem details', async () => {
    const {fetch} = fakeFetch((request) => (request.url.endsWith('/me') ? json({title: 'Unauthorized', status: 401}, 401) : json({title: 'Not allowed', status: 409, detail: 'it can become invoiced, cancelled'}, 409)));
    const client = createAdminClient({api: 'https://training.example', token: 'wrong-token-000000', fetch});
    const refused = await client.me().catch((error: unknown) => error);
    assert.instanceOf(refused, ApiError);
    assert.equal((refused as ApiError).status, 401);
    const illegal = await client.changeStatus(application.id, {status: 'paid'}, '"v1"').catch((error: unknown) => error);
    assert.instanceOf(illegal, ApiError);
    assert.notInstanceOf(illegal, ConflictError);
    assert.equal((illegal as ApiError).problem.detail, 'it can become invoiced, cancelled');
  });

  it('exports CSV as a Blob, with the filters and the token', async () => {
    const {fetch, seen} = fakeFetch(() => new Response('reference,status\nMT-1,paid\n', {headers: {'content-type': 'text/csv; charset=utf-8'}}));
    const client = createAdminClient({api: 'https://training.example', token: 't'.repeat(16), fetch});
    const blob = await client.exportCsv({status: 'paid'});
    assert.equal(await blob.text(), 'reference,status\nMT-1,paid\n');
    assert.equal(new URL(seen[0]!.url).pathname, '/v1/admin/applications.csv');
    assert.equal(new URL(seen[0]!.url).searchParams.get('status'), 'paid');
    assert.equal(seen[0]!.headers.authorization, `Bearer ${'t'.repeat(16)}`);
  });

  it('puts and deletes members', async () => {
    const member = {id: 'lima', name: 'Lima', city: 'Lima', country: 'PE', contributionsPaidThrough: 2025};
    const {fetch, seen} = fakeFetch((request) => (request.method === 'DELETE' ? new Response(null, {status: 204}) : json(member, 201)));
    const client = createAdminClient({api: 'https://training.example', token: 't'.repeat(16), fetch});
    assert.deepEqual(await client.putMember(member), member);
    await client.deleteMember('lima');
    assert.deepEqual(seen.map((s) => `${s.method} ${new URL(s.url).pathname}`), ['PUT /v1/admin/members/lima', 'DELETE /v1/admin/members/lima']);
  });
});
