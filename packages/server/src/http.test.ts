import assert from 'node:assert/strict';
import {parseApiBody, parseCatalog, Quote, ServerMeta} from '@metropolis-training/sdk';
import {applicationBody, DIPLOMA, startTestServer, testCatalog, type TestServer} from './test-support/server.js';

describe('HTTP surface', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({allowedOrigins: ['https://city.example', 'http://localhost:3000'], demoDate: '2025-09-15'});
    await server.seedMembers();
  });
  after(() => server.close());

  describe('GET /v1/catalog', () => {
    it('serves the catalog with a strong ETag and Cache-Control', async () => {
      const response = await server.request('/v1/catalog');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('etag') ?? '', /^"[\w-]+"$/);
      assert.match(response.headers.get('cache-control') ?? '', /max-age=\d+/);
      assert.deepEqual(parseCatalog(await response.json()), testCatalog());
    });

    it('answers 304 without a body to If-None-Match with the ETag (also in a list, or weak)', async () => {
      const etag = (await server.request('/v1/catalog')).headers.get('etag')!;
      for (const header of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
        const response = await server.request('/v1/catalog', {headers: {'if-none-match': header}});
        assert.equal(response.status, 304, header);
        assert.equal(response.headers.get('etag'), etag);
        assert.equal(await response.text(), '');
      }
      assert.equal((await server.request('/v1/catalog', {headers: {'if-none-match': '"stale"'}})).status, 200);
    });

    it('serves the same bytes at /catalog.json', async () => {
      const [a, b] = await Promise.all([server.request('/v1/catalog'), server.request('/catalog.json')]);
      assert.equal(a.headers.get('etag'), b.headers.get('etag'));
      assert.equal(await a.text(), await b.text());
    });
  });

  it('GET /v1/meta gives the demo date and today', async () => {
    const meta = parseApiBody(ServerMeta, await (await server.request('/v1/meta')).json(), 'Meta');
    assert.deepEqual(meta, {demoDate: '2025-09-15', today: '2025-09-15'});
  });

  describe('POST /v1/quotes', () => {
    it('prices with the registry when the claim names a member, as of the server’s day', async () => {
      const response = await server.postJson('/v1/quotes', {editionId: DIPLOMA, country: 'ES', membership: {claim: 'member', memberId: 'cairo'}});
      assert.equal(response.status, 200);
      const quote = parseApiBody(Quote, await response.json(), 'Quote');
      assert.equal(quote.date, '2025-09-15');
      assert.equal(quote.total.amount, 16500); // Cairo's country (EG) decides the income rule
    });

    it('prices a membership the registry cannot confirm as a non-member, with a note saying so', async () => {
      const quote = (await (await server.postJson('/v1/quotes', {editionId: DIPLOMA, country: 'ES', membership: {claim: 'member', memberName: 'Atlantis'}, lang: 'fr'})).json()) as Quote;
      assert.equal(quote.total.amount, 66000);
      assert.ok(quote.notes.some((n) => /tant que votre adhésion n’est pas vérifiée/.test(n)));
    });

    it('names bad fields: an unknown member, an unknown edition, an unknown field', async () => {
      const problem = async (body: unknown) => ((await (await server.postJson('/v1/quotes', body)).json()) as {status: number; issues: {path: string}[]});
      assert.deepEqual((await problem({editionId: DIPLOMA, country: 'ES', membership: {claim: 'member', memberId: 'atlantis'}})).issues.map((i) => i.path), ['membership.memberId']);
      assert.deepEqual((await problem({editionId: DIPLOMA, country: 'ES', memberId: 'cairo'})).issues.map((i) => i.path), ['memberId']);
      assert.deepEqual((await problem({editionId: 'nope', country: 'ES'})).issues.map((i) => i.path), ['editionId']);
      const unknown = await problem({editionId: DIPLOMA, country: 'ES', total: 1});
      assert.equal(unknown.status, 422);
      assert.deepEqual(unknown.issues.map((i) => i.path), ['total']);
    });
  });

  describe('CORS', () => {
    it('gives an allowed origin Access-Control-Allow-Origin, and never credentials', async () => {
      const response = await server.request('/v1/catalog', {headers: {origin: 'https://city.example'}});
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://city.example');
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
      assert.match(response.headers.get('vary') ?? '', /Origin/);
    });

    it('gives other origins no Access-Control-Allow-Origin', async () => {
      const response = await server.request('/v1/catalog', {headers: {origin: 'https://evil.example'}});
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });

    it('answers preflights for the allowed origin with the methods and headers a submission needs', async () => {
      const preflight = await server.request('/v1/applications', {method: 'OPTIONS', headers: {origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key'}});
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:3000');
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
      const refused = await server.request('/v1/applications', {method: 'OPTIONS', headers: {origin: 'https://evil.example', 'access-control-request-method': 'POST'}});
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
    });
  });

  describe('security headers and pages', () => {
    it('sends nosniff, a referrer policy and a locked-down CSP on API answers', async () => {
      const response = await server.request('/v1/meta');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    });

    it('sends scripts with nosniff and without the headers that only documents use (CSP, referrer policy): bytes every page would pay', async () => {
      for (const path of ['/elements/metropolis-training.js', '/sdk/metropolis-sdk.js']) {
        const response = await server.request(path);
        assert.equal(response.status, 200, path);
        assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
        assert.equal(response.headers.get('content-security-policy'), null, path);
        assert.equal(response.headers.get('referrer-policy'), null, path);
      }
      const catalog = await server.request('/catalog.json');
      assert.match(catalog.headers.get('content-security-policy') ?? '', /default-src 'none'/, 'data keeps its policy: opened as a page, it runs nothing');
    });

    it('serves the example pages with a CSP allowing only the site’s own scripts and style sheets', async () => {
      for (const page of ['/', '/sdk-catalog.html', '/embed.html', '/cms.html', '/partner-calculator.html', '/course.html', '/apply.html']) {
        const response = await server.request(page);
        assert.equal(response.status, 200, page);
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
        const csp = response.headers.get('content-security-policy') ?? '';
        assert.match(csp, /script-src 'self'(;|$)/);
        assert.match(csp, /style-src 'self'(;|$)/);
        assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
        const text = await response.text();
        assert.doesNotMatch(text, /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/, `${page} has an inline script`);
        assert.doesNotMatch(text, /<style|\sstyle=/, `${page} has inline styles`);
      }
    });

    it('answers /sdk/ with a list of its files, and every page with a favicon and no code it does not use', async () => {
      const index = await server.request('/sdk/');
      assert.equal(index.status, 200);
      assert.match(index.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(await index.text(), /<a href="\/sdk\/metropolis-sdk\.js">metropolis-sdk\.js<\/a>/);
      const icon = await server.request('/favicon.svg');
      assert.equal(icon.status, 200);
      assert.match(icon.headers.get('content-type') ?? '', /^image\/svg\+xml/);
      for (const page of ['/', '/embed.html', '/cms.html', '/partner-calculator.html', '/sdk-catalog.html', '/course.html', '/apply.html']) {
        assert.match(await (await server.request(page)).text(), /<link rel="icon" href="favicon\.svg"/, page);
      }
      // The demo page formats one date: it does not load the whole SDK bundle for it.
      assert.doesNotMatch(await (await server.request('/index.js')).text(), /metropolis-sdk\.js/);
    });

    it('serves the SDK bundle under /sdk/ and never a file outside its folders', async () => {
      const bundle = await server.request('/sdk/metropolis-sdk.js');
      assert.equal(bundle.status, 200);
      assert.match(bundle.headers.get('content-type') ?? '', /^text\/javascript/);
      for (const path of ['/sdk/..%2f..%2fpackage.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/sdk/%00']) {
        assert.equal((await server.request(path)).status, 404, path);
      }
    });

    it('answers unknown paths with a problem+json 404', async () => {
      const response = await server.request('/v1/nothing-here');
      assert.equal(response.status, 404);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    });
  });

  describe('GET /v1/openapi.json', () => {
    it('is an OpenAPI 3.1 document with every route, its components generated from the SDK schemas', async () => {
      const response = await server.request('/v1/openapi.json');
      assert.equal(response.status, 200);
      const doc = (await response.json()) as {openapi: string; paths: Record<string, Record<string, unknown>>; components: {schemas: Record<string, {properties?: Record<string, unknown>; required?: string[]}>}};
      assert.equal(doc.openapi, '3.1.0');
      const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      for (const route of [
        'GET /v1/catalog', 'POST /v1/quotes', 'POST /v1/applications', 'GET /v1/applications/{id}', 'GET /v1/members',
        'GET /v1/openapi.json', 'GET /v1/meta', 'GET /v1/admin/applications', 'GET /v1/admin/applications/{id}',
        'POST /v1/admin/applications/{id}/status', 'GET /v1/admin/applications.csv', 'GET /v1/admin/members',
        'GET /v1/admin/members/{id}', 'PUT /v1/admin/members/{id}', 'DELETE /v1/admin/members/{id}',
        'POST /v1/proposals', 'GET /v1/admin/proposals', 'GET /v1/admin/proposals/{id}', 'POST /v1/admin/proposals/{id}/status',
        'POST /v1/admin/proposals/{id}/schedule', 'POST /v1/admin/proposals/{id}/publish',
        'POST /v1/admin/applications/{id}/preview', 'GET /v1/admin/me', 'GET /v1/admin/editions', 'GET /v1/invoices/{id}',
      ]) assert.ok(routes.includes(route), route);
      const status = (doc.paths['/v1/admin/applications/{id}/status'] as {post: {parameters: {name: string; required: boolean}[]; responses: Record<string, unknown>}}).post;
      assert.ok(status.parameters.some((p) => p.name === 'If-Match' && p.required));
      for (const code of ['412', '428']) assert.ok(status.responses[code], code);
      const list = (doc.paths['/v1/admin/applications'] as {get: {parameters: {name: string}[]}}).get.parameters.map((p) => p.name);
      for (const filter of ['country', 'incomeGroup', 'membership', 'specialFee']) assert.ok(list.includes(filter), filter);
      const history = JSON.stringify(doc.components.schemas.Application);
      for (const field of ['"by"', '"from"', '"invoice"']) assert.ok(history.includes(field), field);
      assert.ok(doc.components.schemas.ActionPreview?.properties?.email);
      const input = doc.components.schemas.ApplicationInput!;
      assert.ok(input.required?.includes('consent'));
      assert.ok(input.properties?.expectedTotal);
      assert.ok(doc.components.schemas.ProposalInput?.required?.includes('activity'));
      // Every $ref points at a component that exists.
      const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
      assert.ok(refs.length > 10);
      for (const ref of refs) assert.ok(doc.components.schemas[ref.slice(29, -1)], ref);
    });
  });

  it('logs method, route pattern, status and duration — no names, emails, tokens or addresses', async () => {
    const created = await server.postJson('/v1/applications', applicationBody(DIPLOMA, {}, {givenName: 'Personalia', email: 'secret.person@example.org'}));
    const {id, token} = (await created.json()) as {id: string; token: string};
    await server.request(`/v1/applications/${id}?token=${token}`);
    const text = JSON.stringify(server.logs);
    for (const secret of ['Personalia', 'secret.person', token, '127.0.0.1']) assert.ok(!text.includes(secret), secret);
    const entry = server.logs.find((e) => e.event === 'request' && e.route === '/v1/applications' && e.status === 201);
    assert.deepEqual(Object.keys(entry ?? {}).sort(), ['applicationId', 'event', 'method', 'ms', 'route', 'status']);
    assert.equal(entry?.route, '/v1/applications');
    assert.ok(server.logs.some((e) => e.route === '/v1/applications/:id' && e.status === 200));
  });
});
