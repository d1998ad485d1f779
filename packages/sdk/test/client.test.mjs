// The API client against a scripted HTTP server on loopback: every failure mode a real network
// has (dropped connections, 503 with Retry-After, slow answers, bad bodies) and the errors the
// caller sees. The client against the real server is tested in packages/server.
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {ApiError, NetworkError, TimeoutError, ValidationError, catalogUrl, createClient, fetchWithRetry, loadCatalog, readCatalog, sampleCatalog} from '@metropolis-training/sdk';

/** Starts a server whose answers are scripted per call; records every request. */
async function scriptedServer(script) {
  const requests = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({method: req.method, url: req.url, headers: req.headers, body, at: Date.now()});
      const step = script[Math.min(requests.length - 1, script.length - 1)];
      step(req, res, body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {baseUrl: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); })};
}

const json = (status, body, headers = {}) => (req, res) => {
  res.writeHead(status, {'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers});
  res.end(JSON.stringify(body));
};
const drop = () => (req, res) => res.socket.destroy();

const application = {
  editionId: 'diploma-internationalization-2025',
  lang: 'fr',
  applicant: {givenName: 'Amina', familyName: 'Haddad', email: 'amina@example.org', organization: 'Cairo Governorate', position: 'Officer', city: 'Cairo', country: 'EG', careerStage: 'mid-career'},
  membership: {claim: 'member', memberId: 'cairo'},
  motivation: 'Drafting our international strategy.',
  consent: {privacy: true},
};
const quote = {
  scheduleId: 'diploma-internationalization-2025-fees', currency: 'EUR', date: '2025-09-15', participants: 1,
  listPrice: {amount: 66000, currency: 'EUR'}, perParticipant: {amount: 16500, currency: 'EUR'}, total: {amount: 16500, currency: 'EUR'},
  lines: [], parts: [{first: 1, last: 1, count: 1, perParticipant: {amount: 16500, currency: 'EUR'}, subtotal: {amount: 16500, currency: 'EUR'}, lines: []}],
  specialFeePlaces: 1, notes: [],
};
const receipt = {id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', reference: 'MT-2025-0001', editionId: application.editionId, status: 'submitted', submittedAt: '2025-09-15T10:00:00.000Z', membership: 'member', quote, token: 'secret'};

const servers = [];
async function serve(...script) {
  const server = await scriptedServer(script);
  servers.push(server);
  return server;
}

describe('createClient', () => {
  after(() => Promise.all(servers.map((s) => s.close())));

  it('reads and validates the catalog from /v1/catalog', async () => {
    const server = await serve(json(200, sampleCatalog));
    const catalog = await createClient({baseUrl: server.baseUrl}).catalog();
    assert.equal(catalog.editions.length, sampleCatalog.editions.length);
    assert.equal(server.requests[0].url, '/v1/catalog');
  });

  it('keeps a path in the base URL', async () => {
    const server = await serve(json(200, {items: [{id: 'cairo', name: 'Cairo', city: 'Cairo', country: 'EG'}]}));
    const members = await createClient({baseUrl: `${server.baseUrl}/training`}).members();
    assert.deepEqual(members.map((m) => m.id), ['cairo']);
    assert.equal(server.requests[0].url, '/training/v1/members');
  });

  it('searches members by name with ?q=, and refuses a query that is too long before sending', async () => {
    const server = await serve(json(200, {items: [{id: 'cairo', name: 'Cairo', city: 'Cairo', country: 'EG'}]}));
    const members = await createClient({baseUrl: server.baseUrl}).members('caï ro');
    assert.deepEqual(members.map((m) => m.id), ['cairo']);
    assert.equal(server.requests[0].url, '/v1/members?q=ca%C3%AF+ro');
    await assert.rejects(createClient({baseUrl: server.baseUrl}).members('x'.repeat(101)), (error) => error instanceof ValidationError && error.issues[0].path === 'q');
    assert.equal(server.requests.length, 1);
  });

  it('retries a submission whose connection dropped, with the same idempotency key', async () => {
    const server = await serve(drop(), drop(), json(201, receipt));
    const result = await createClient({baseUrl: server.baseUrl, retry: {limit: 3, backoffLimit: 50}}).apply(application);
    assert.equal(result.reference, 'MT-2025-0001');
    assert.equal(server.requests.length, 3);
    const keys = new Set(server.requests.map((r) => r.headers['idempotency-key']));
    assert.equal(keys.size, 1);
    assert.match([...keys][0], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(JSON.parse(server.requests[2].body), application);
  });

  it('uses the idempotency key the caller gives', async () => {
    const server = await serve(json(201, receipt));
    await createClient({baseUrl: server.baseUrl}).apply(application, {idempotencyKey: 'form-42'});
    assert.equal(server.requests[0].headers['idempotency-key'], 'form-42');
  });

  it('retries 503 and 429 after the Retry-After the server asks for', async () => {
    const server = await serve(json(503, {title: 'Busy', status: 503}, {'retry-after': '1'}), json(429, {title: 'Slow down', status: 429}, {'retry-after': '0'}), json(200, sampleCatalog));
    await createClient({baseUrl: server.baseUrl, retry: {limit: 2, backoffLimit: 10}}).catalog();
    assert.equal(server.requests.length, 3);
    // The second attempt waited for the Retry-After of one second (a lower bound: a slow machine only waits longer).
    assert.ok(server.requests[1].at - server.requests[0].at >= 950);
  });

  it('does not retry a client error; the ApiError carries the problem and field issues', async () => {
    const problem = {type: 'about:blank', title: 'Invalid application', status: 422, issues: [{path: 'applicant.email', code: 'invalid_format', message: 'must be an email address'}]};
    const server = await serve(json(422, problem));
    await assert.rejects(createClient({baseUrl: server.baseUrl}).apply(application), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 422);
      assert.deepEqual(error.issues.map((i) => i.path), ['applicant.email']);
      assert.equal(error.problem.title, 'Invalid application');
      return true;
    });
    assert.equal(server.requests.length, 1);
  });

  it('gives up after the retry limit with an ApiError carrying Retry-After', async () => {
    const server = await serve(json(429, {title: 'Too many requests', status: 429}, {'retry-after': '0'}));
    await assert.rejects(createClient({baseUrl: server.baseUrl, retry: 1}).catalog(), (error) => error instanceof ApiError && error.status === 429 && error.retryAfter === 0);
    assert.equal(server.requests.length, 2);
  });

  it('turns an error answer that is not problem+json into an ApiError with the status', async () => {
    const server = await serve((req, res) => { res.writeHead(404, {'content-type': 'text/html'}); res.end('<h1>Not found</h1>'); });
    await assert.rejects(createClient({baseUrl: server.baseUrl}).application('x', 't'), (error) => error instanceof ApiError && error.status === 404 && error.problem.status === 404);
  });

  it('throws ValidationError when the server answers something that is not the schema', async () => {
    const server = await serve(json(200, {...sampleCatalog, editions: [{...sampleCatalog.editions[0], dates: {kind: 'fixed', start: '2025-11-17', end: '2025-11-01'}}]}));
    await assert.rejects(createClient({baseUrl: server.baseUrl}).catalog(), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.match(error.message, /^Response of GET \/v1\/catalog is invalid/);
      assert.deepEqual(error.issues.map((i) => i.path), ['editions[0].dates.end']);
      return true;
    });
  });

  it('throws ValidationError for a non-JSON success body', async () => {
    const server = await serve((req, res) => { res.writeHead(200, {'content-type': 'application/json'}); res.end('{"oops"'); });
    await assert.rejects(createClient({baseUrl: server.baseUrl, retry: 0}).catalog(), (error) => error instanceof ValidationError && error.issues[0].message === 'is not JSON');
  });

  it('validates an application before sending it, and sends nothing when it is invalid', async () => {
    const server = await serve(json(201, receipt));
    await assert.rejects(createClient({baseUrl: server.baseUrl}).apply({...application, consent: {privacy: false}}), (error) => error instanceof ValidationError && error.issues[0].path === 'consent.privacy');
    await assert.rejects(createClient({baseUrl: server.baseUrl}).quote('diploma-internationalization-2025', {country: 'Spain'}), (error) => error instanceof ValidationError && error.issues[0].path === 'country');
    assert.equal(server.requests.length, 0);
  });

  it('sends quote requests with the edition and validates the quote', async () => {
    const server = await serve(json(200, quote));
    const result = await createClient({baseUrl: server.baseUrl}).quote('diploma-internationalization-2025', {country: 'EG', membership: {claim: 'member', memberId: 'cairo'}});
    assert.equal(result.total.amount, 16500);
    assert.deepEqual(JSON.parse(server.requests[0].body), {editionId: 'diploma-internationalization-2025', country: 'EG', membership: {claim: 'member', memberId: 'cairo'}});
  });

  it('refuses the old quote shape (a bare membership status, a top-level memberId) before sending', async () => {
    const server = await serve(json(200, quote));
    await assert.rejects(createClient({baseUrl: server.baseUrl}).quote('diploma-internationalization-2025', {country: 'EG', memberId: 'cairo'}), (error) => error instanceof ValidationError && error.issues[0].path === 'memberId');
    await assert.rejects(createClient({baseUrl: server.baseUrl}).quote('diploma-internationalization-2025', {country: 'EG', membership: 'member'}), (error) => error instanceof ValidationError && error.issues[0].path === 'membership');
    assert.equal(server.requests.length, 0);
  });

  it('throws TimeoutError when the server does not answer in time, after retrying', async () => {
    const server = await serve(() => {});
    await assert.rejects(createClient({baseUrl: server.baseUrl, timeout: 200, retry: {limit: 1, backoffLimit: 10}}).catalog(), TimeoutError);
    assert.equal(server.requests.length, 2);
  });

  it('throws NetworkError when nothing listens', async () => {
    const server = await serve(json(200, {}));
    const {baseUrl} = server;
    await server.close();
    await assert.rejects(createClient({baseUrl, retry: {limit: 1, backoffLimit: 10}}).catalog(), NetworkError);
  });

  it('lets the caller abort, rejecting with the signal’s reason', async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const pending = createClient({baseUrl: server.baseUrl}).catalog({signal: controller.signal});
    setTimeout(() => controller.abort(new Error('left the page')), 20);
    await assert.rejects(pending, /left the page/);
  });

  it('fetches the applicant’s own application with its token', async () => {
    const view = {id: receipt.id, reference: receipt.reference, editionId: receipt.editionId, status: 'admitted', submittedAt: receipt.submittedAt, updatedAt: receipt.submittedAt, membership: 'member', quote};
    const server = await serve(json(200, view));
    const result = await createClient({baseUrl: server.baseUrl}).application(receipt.id, 'a b&c');
    assert.equal(result.status, 'admitted');
    assert.equal(server.requests[0].url, `/v1/applications/${receipt.id}?token=a+b%26c`);
  });
});

describe('loadCatalog', () => {
  after(() => Promise.all(servers.map((s) => s.close())));

  it('loads and validates a static catalog file', async () => {
    const server = await serve(json(200, sampleCatalog));
    const catalog = await loadCatalog(`${server.baseUrl}/static/catalog.json`);
    assert.equal(catalog.courses.length, sampleCatalog.courses.length);
    assert.equal(server.requests[0].url, '/static/catalog.json');
  });

  it('names the bad field of a broken catalog file', async () => {
    const server = await serve(json(200, {...sampleCatalog, schemaVersion: 2}));
    await assert.rejects(loadCatalog(`${server.baseUrl}/catalog.json`), (error) => error instanceof ValidationError && error.issues[0].path === 'schemaVersion');
  });
});

describe('fetchWithRetry and readCatalog (download now, validate later)', () => {
  after(() => Promise.all(servers.map((s) => s.close())));

  it('downloads with retries and leaves validation to readCatalog', async () => {
    const server = await serve(json(503, {title: 'Busy', status: 503}, {'retry-after': '0'}), json(200, sampleCatalog));
    const download = await fetchWithRetry(catalogUrl(`${server.baseUrl}/`));
    assert.equal(download.response.status, 200);
    assert.equal(download.what, `GET ${server.baseUrl}/v1/catalog`);
    assert.equal(readCatalog(download).editions.length, sampleCatalog.editions.length);
    assert.equal(server.requests.length, 2);
  });

  it('returns the last error answer after the retries; readCatalog turns it into an ApiError', async () => {
    const server = await serve(json(500, {title: 'Broken', status: 500, detail: 'database down'}));
    const download = await fetchWithRetry(`${server.baseUrl}/catalog.json`, {retry: {limit: 1, backoffLimit: 10}});
    assert.equal(download.response.status, 500);
    assert.equal(server.requests.length, 2);
    assert.throws(() => readCatalog(download), (error) => error instanceof ApiError && error.status === 500 && error.problem.detail === 'database down');
  });

  it('does not retry an error that will not change, such as 404', async () => {
    const server = await serve(json(404, {title: 'Not found', status: 404}));
    const download = await fetchWithRetry(`${server.baseUrl}/missing.json`);
    assert.equal(download.response.status, 404);
    assert.equal(server.requests.length, 1);
  });
});
