import assert from 'node:assert/strict';
import {Application, ApplicationPage, MemberList, MemberRecordList, parseApiBody, type ApplicationReceipt, type MemberRecord, type ProblemDetails} from '@metropolis-training/sdk';
import {ADMIN_TOKEN, applicationBody, DIPLOMA, startTestServer, type TestServer} from './test-support/server.js';

describe('admin routes', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.seedMembers();
  });
  after(() => server.close());

  async function submit(body: unknown): Promise<ApplicationReceipt> {
    const response = await server.postJson('/v1/applications', body);
    assert.equal(response.status, 201);
    return (await response.json()) as ApplicationReceipt;
  }

  function setStatus(id: string, change: Record<string, unknown>): Promise<Response> {
    return server.setStatus(id, change);
  }

  async function moveTo(id: string, change: Record<string, unknown>): Promise<Application> {
    const response = await setStatus(id, change);
    assert.equal(response.status, 200, await response.clone().text());
    return parseApiBody(Application, await response.json(), 'Application');
  }

  describe('authentication', () => {
    const routes = ['/v1/admin/applications', '/v1/admin/applications.csv', `/v1/admin/applications/${crypto.randomUUID()}`, '/v1/admin/members', '/v1/admin/members/cairo'];

    it('answers 401 problem+json with WWW-Authenticate when the token is missing', async () => {
      for (const route of routes) {
        const response = await server.request(route);
        assert.equal(response.status, 401, route);
        assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
        assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.equal(((await response.json()) as ProblemDetails).status, 401);
      }
    });

    it('answers 401 for a wrong token, a token with a suffix, or another scheme', async () => {
      for (const authorization of ['Bearer wrong-token-0123456789', `Bearer ${ADMIN_TOKEN}x`, `Bearer ${ADMIN_TOKEN.slice(0, -1)}`, `Basic ${ADMIN_TOKEN}`, ADMIN_TOKEN]) {
        const response = await server.request('/v1/admin/applications', {headers: {authorization}});
        assert.equal(response.status, 401, authorization);
        await response.body?.cancel();
      }
      const refused = await server.request('/v1/admin/members/x', {method: 'PUT', headers: {'content-type': 'application/json'}, body: '{}'});
      assert.equal(refused.status, 401);
    });

    it('lets the right token in', async () => {
      assert.equal((await server.admin('/v1/admin/applications')).status, 200);
    });
  });

  describe('status lifecycle', () => {
    it('goes submitted → under-review → admitted → invoiced → paid, recording each step', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      await moveTo(id, {status: 'under-review'});
      await moveTo(id, {status: 'admitted', note: 'Strong motivation.'});
      await moveTo(id, {status: 'invoiced'});
      const paid = await moveTo(id, {status: 'paid'});
      assert.equal(paid.status, 'paid');
      assert.deepEqual(paid.paid, {amount: 66000, currency: 'EUR'}); // the quoted total by default
      assert.deepEqual(paid.history.map((h) => h.status), ['submitted', 'under-review', 'admitted', 'invoiced', 'paid']);
      assert.equal(paid.history[2]?.note, 'Strong motivation.');
      const stored = parseApiBody(Application, await (await server.admin(`/v1/admin/applications/${id}`)).json(), 'Application');
      assert.deepEqual(stored, paid);
    });

    it('refuses an invalid transition with 409 problem+json', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      const skip = await setStatus(id, {status: 'paid'});
      assert.equal(skip.status, 409);
      const problem = (await skip.json()) as ProblemDetails;
      assert.match(problem.detail ?? '', /submitted cannot become paid/);
      await moveTo(id, {status: 'rejected'});
      const again = await setStatus(id, {status: 'under-review'});
      assert.equal(again.status, 409);
      assert.match(((await again.json()) as ProblemDetails).detail ?? '', /final/);
    });

    it('answers 404 for an unknown application and 422 for a bad change', async () => {
      assert.equal((await setStatus(crypto.randomUUID(), {status: 'under-review'})).status, 404);
      const {id} = await submit(applicationBody('lifecycle-test'));
      const bad = await setStatus(id, {status: 'lost'});
      assert.equal(bad.status, 422);
      assert.deepEqual(((await bad.json()) as ProblemDetails).issues?.map((i) => i.path), ['status']);
      const badDay = await setStatus(id, {status: 'cancelled', cancelledOn: '2025-02-30'});
      assert.deepEqual(((await badDay.json()) as ProblemDetails).issues?.map((i) => i.path), ['cancelledOn']);
    });

    it('cancels with the refund of the policy: 660.00 paid, cancelled on 17 October 2025 → 495.00', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      for (const status of ['under-review', 'admitted', 'invoiced']) await moveTo(id, {status});
      await moveTo(id, {status: 'paid', paid: {amount: 66000, currency: 'EUR'}});
      const cancelled = await moveTo(id, {status: 'cancelled', cancelledOn: '2025-10-17'});
      assert.equal(cancelled.status, 'cancelled');
      assert.deepEqual(cancelled.refund, {amount: 49500, currency: 'EUR'});
      assert.match(cancelled.history.at(-1)?.note ?? '', /75/);
    });

    it('records a cancellation the policy refuses, refunding nothing and saying why', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      for (const status of ['under-review', 'admitted', 'invoiced', 'paid']) await moveTo(id, {status});
      const late = await moveTo(id, {status: 'cancelled', cancelledOn: '2025-10-18'});
      assert.deepEqual(late.refund, {amount: 0, currency: 'EUR'});
      assert.ok(late.history.at(-1)?.note);
    });

    it('cancels on today in the edition’s time zone when no day is given, and refunds 0 when nothing was paid', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      for (const status of ['under-review', 'admitted']) await moveTo(id, {status});
      const cancelled = await moveTo(id, {status: 'cancelled'});
      assert.deepEqual(cancelled.refund, {amount: 0, currency: 'EUR'});
      assert.match(cancelled.history.at(-1)?.note ?? '', /15 September 2025/);
    });

    it('gives a special-fee place back when its application is withdrawn', async () => {
      const member = {membership: {claim: 'member' as const, memberId: 'addis-ababa'}};
      const holders: ApplicationReceipt[] = [];
      for (let i = 0; i < 3; i++) holders.push(await submit(applicationBody(DIPLOMA, member, {country: 'ET'})));
      assert.deepEqual(holders.map((h) => h.quote.specialFeePlaces), [1, 1, 1]);
      assert.equal((await submit(applicationBody(DIPLOMA, member, {country: 'ET'}))).quote.specialFeePlaces, 0);
      await moveTo(holders[0]!.id, {status: 'withdrawn'});
      assert.equal((await submit(applicationBody(DIPLOMA, member, {country: 'ET'}))).quote.specialFeePlaces, 1);
    });
  });

  describe('listing', () => {
    it('filters by edition, status and text, newest first, in pages with a cursor', async () => {
      const names = ['Zoë Fernández', 'Yusuf Okafor', 'Xin Li', 'Wanjiru Kamau', 'Valentina Rossi'];
      for (const [i, name] of names.entries()) {
        server.setNow(new Date(Date.UTC(2025, 8, 16, 9, i)));
        const [givenName, familyName] = name.split(' ') as [string, string];
        await submit(applicationBody('free-test', {}, {givenName, familyName, email: `person${i}@list.example`, organization: i % 2 ? 'Nairobi County' : 'Ville de Montréal'}));
      }
      const page1 = parseApiBody(ApplicationPage, await (await server.admin('/v1/admin/applications?editionId=free-test&limit=2')).json(), 'Page');
      assert.equal(page1.total, 5);
      assert.deepEqual(page1.items.map((a) => a.applicant.givenName), ['Valentina', 'Wanjiru']);
      assert.ok(page1.nextCursor);
      const page2 = (await (await server.admin(`/v1/admin/applications?editionId=free-test&limit=2&cursor=${page1.nextCursor}`)).json()) as ApplicationPage;
      assert.deepEqual(page2.items.map((a) => a.applicant.givenName), ['Xin', 'Yusuf']);
      const page3 = (await (await server.admin(`/v1/admin/applications?editionId=free-test&limit=2&cursor=${page2.nextCursor}`)).json()) as ApplicationPage;
      assert.deepEqual(page3.items.map((a) => a.applicant.givenName), ['Zoë']);
      assert.equal(page3.nextCursor, undefined);

      const byOrganization = (await (await server.admin('/v1/admin/applications?q=nairobi')).json()) as ApplicationPage;
      assert.deepEqual(byOrganization.items.map((a) => a.applicant.givenName).sort(), ['Wanjiru', 'Yusuf']);
      const byName = (await (await server.admin(`/v1/admin/applications?q=${encodeURIComponent('xin li')}`)).json()) as ApplicationPage;
      assert.equal(byName.total, 1);
      const byEmail = (await (await server.admin('/v1/admin/applications?q=person4@list')).json()) as ApplicationPage;
      assert.equal(byEmail.items[0]?.applicant.givenName, 'Valentina');
      const wildcard = (await (await server.admin('/v1/admin/applications?q=%25')).json()) as ApplicationPage;
      assert.equal(wildcard.total, 0);
      const byStatus = (await (await server.admin('/v1/admin/applications?editionId=free-test&status=rejected')).json()) as ApplicationPage;
      assert.equal(byStatus.total, 0);
      server.setNow(new Date('2025-09-15T08:00:00Z'));
    });

    it('refuses unknown filters and a forged cursor (422 naming them)', async () => {
      const unknown = await server.admin('/v1/admin/applications?sort=name&status=lost');
      assert.equal(unknown.status, 422);
      assert.deepEqual(((await unknown.json()) as ProblemDetails).issues?.map((i) => i.path).sort(), ['sort', 'status']);
      const forged = await server.admin('/v1/admin/applications?cursor=abc');
      assert.equal(forged.status, 422);
      assert.deepEqual(((await forged.json()) as ProblemDetails).issues?.map((i) => i.path), ['cursor']);
    });
  });

  describe('CSV export', () => {
    it('quotes per RFC 4180 and neutralizes formulas', async () => {
      const receipt = await submit(applicationBody('free-test', {motivation: 'Line one, "quoted"\nline\ttwo'}, {givenName: '=HYPERLINK("http://evil.example")', familyName: '+SUM(A1)', organization: '@cmd', position: '-2+3', city: 'Cairo'}));
      const response = await server.admin(`/v1/admin/applications.csv?editionId=free-test&q=${encodeURIComponent('evil.example')}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
      const text = (await response.text()).replace(/^\uFEFF/, '');
      const lines = text.split('\r\n');
      assert.match(lines[0]!, /^reference,id,submitted_at,status,edition_id,/);
      const row = lines.slice(1).join('\r\n');
      assert.ok(row.startsWith(`${receipt.reference},${receipt.id},`));
      assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example"")",'+SUM(A1),`));
      assert.ok(row.includes(",'@cmd,'-2+3,Cairo,"));
      assert.ok(row.includes('"Line one, ""quoted""\nline\ttwo"'));
      assert.ok(row.includes(',EUR,0.00,'));
      assert.equal(text.endsWith('\r\n'), true);
    });
  });

  describe('member registry', () => {
    it('creates (201), replaces (200), reads and deletes members', async () => {
      const member: MemberRecord = {id: 'lagos', name: 'Lagos State', city: 'Lagos', country: 'NG', contributionsPaidThrough: 2023};
      const put = (body: MemberRecord) => server.admin(`/v1/admin/members/${body.id}`, {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
      assert.equal((await put(member)).status, 201);
      const replaced = await put({...member, contributionsPaidThrough: 2024});
      assert.equal(replaced.status, 200);
      assert.deepEqual(await (await server.admin('/v1/admin/members/lagos')).json(), {...member, contributionsPaidThrough: 2024});
      const list = parseApiBody(MemberRecordList, await (await server.admin('/v1/admin/members')).json(), 'Members');
      assert.ok(list.items.some((m) => m.id === 'lagos' && m.contributionsPaidThrough === 2024));
      assert.equal((await server.admin('/v1/admin/members/lagos', {method: 'DELETE'})).status, 204);
      assert.equal((await server.admin('/v1/admin/members/lagos')).status, 404);
      assert.equal((await server.admin('/v1/admin/members/lagos', {method: 'DELETE'})).status, 404);
    });

    it('refuses a record whose id is not the URL’s, or with bad fields', async () => {
      const mismatch = await server.admin('/v1/admin/members/lima', {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify({id: 'quito', name: 'Quito', city: 'Quito', country: 'EC'})});
      assert.equal(mismatch.status, 422);
      assert.deepEqual(((await mismatch.json()) as ProblemDetails).issues?.map((i) => i.path), ['id']);
      const bad = await server.admin('/v1/admin/members/lima', {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify({id: 'lima', name: '', city: 'Lima', country: 'Peru', paid: true})});
      assert.deepEqual(((await bad.json()) as ProblemDetails).issues?.map((i) => i.path).sort(), ['country', 'name', 'paid']);
    });

    it('publishes members without their contribution status', async () => {
      const response = await server.request('/v1/members');
      assert.equal(response.status, 200);
      const text = await response.text();
      assert.doesNotMatch(text, /contribution|paidThrough|202\d/i);
      const {items} = parseApiBody(MemberList, JSON.parse(text), 'Members');
      assert.ok(items.length >= 4);
      for (const item of items) assert.deepEqual(Object.keys(item).sort(), ['city', 'country', 'id', 'name']);
    });

    describe('GET /v1/members?q=', () => {
      const search = async (q: string) => parseApiBody(MemberList, await (await server.request(`/v1/members?q=${encodeURIComponent(q)}`)).json(), 'Members').items.map((m) => m.id);

      it('keeps the members whose name contains q, case and accents aside', async () => {
        assert.deepEqual(await search('metropolitana'), ['barcelona']);
        assert.deepEqual(await search('  ÀREA   metro'), ['barcelona']); // "Àrea Metropolitana de Barcelona"
        assert.deepEqual(await search('GOVERNORATE'), ['cairo']);
        assert.deepEqual(await search('atlantis'), []);
        // % and _ are text, not wildcards.
        assert.deepEqual(await search('%'), []);
        assert.deepEqual(await search('_'), []);
      });

      it('lists everyone for a blank q, as without q, never with the contribution status', async () => {
        const all = await (await server.request('/v1/members')).json();
        assert.deepEqual(await (await server.request('/v1/members?q=%20')).json(), all);
        const text = await (await server.request('/v1/members?q=a')).text();
        assert.doesNotMatch(text, /contribution|paidThrough|202\d/i);
      });

      it('lists at most 20 matches, by name', async () => {
        const ids = Array.from({length: 25}, (_, i) => `search-town-${String(i).padStart(2, '0')}`);
        for (const id of ids) {
          const response = await server.admin(`/v1/admin/members/${id}`, {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify({id, name: `Search Town ${id.slice(-2)}`, city: 'Town', country: 'FR'})});
          assert.equal(response.status, 201);
        }
        try {
          assert.deepEqual(await search('search town'), ids.slice(0, 20));
        } finally {
          for (const id of ids) await server.admin(`/v1/admin/members/${id}`, {method: 'DELETE'});
        }
      });

      it('refuses a q longer than 100 characters and unknown parameters, naming them', async () => {
        for (const [query, path] of [[`q=${'x'.repeat(101)}`, 'q'], ['limit=5', 'limit']] as const) {
          const response = await server.request(`/v1/members?${query}`);
          assert.equal(response.status, 422);
          assert.deepEqual(((await response.json()) as ProblemDetails).issues?.map((i) => i.path), [path]);
        }
        assert.equal((await server.request(`/v1/members?q=${'x'.repeat(100)}`)).status, 200);
      });
    });
  });
});
