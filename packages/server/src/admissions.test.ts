import assert from 'node:assert/strict';
import {ActionPreview, AdminIdentity, Application, ApplicationPage, EditionAdmissionsList, parseApiBody, type ApplicationReceipt, type ProblemDetails, type ProposalReceipt} from '@metropolis-training/sdk';
import {applicationBody, DIPLOMA, proposalBody, SEPTEMBER_15, startTestServer, type TestServer} from './test-support/server.js';

describe('admissions: audited transitions, ETags, mails, invoices, filters', () => {
  let server: TestServer;
  const MARIA = 'maria-token-0123456789abcdef';
  before(async () => {
    server = await startTestServer({adminTokens: [{name: 'maria', token: MARIA}, {name: 'joan.p', token: 'joan-token-0123456789abcdef'}]});
    await server.seedMembers();
  });
  after(() => server.close());

  async function submit(body: unknown): Promise<ApplicationReceipt> {
    const response = await server.postJson('/v1/applications', body);
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as ApplicationReceipt;
  }

  async function moveTo(id: string, change: Record<string, unknown>, token?: string): Promise<Application> {
    const response = await server.setStatus(id, change, token ? {token} : {});
    assert.equal(response.status, 200, await response.clone().text());
    return parseApiBody(Application, await response.json(), 'Application');
  }

  async function outboxOf(id: string): Promise<{subject: string; body: string; recipient: string; lang: string}[]> {
    return server.database.query('SELECT subject, body, recipient, lang FROM outbox WHERE application_id = $1 ORDER BY id', [id]);
  }

  async function preview(id: string, change: Record<string, unknown>): Promise<Response> {
    return server.admin(`/v1/admin/applications/${id}/preview`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(change)});
  }

  describe('named admins', () => {
    it('GET /v1/admin/me names the admin of each token; ADMIN_TOKEN is "admin"; others 401', async () => {
      const me = async (token: string) => server.request('/v1/admin/me', {headers: {authorization: `Bearer ${token}`}});
      assert.deepEqual(parseApiBody(AdminIdentity, await (await me(MARIA)).json(), 'Me'), {name: 'maria'});
      assert.deepEqual(await (await server.admin('/v1/admin/me')).json(), {name: 'admin'});
      assert.equal((await me('not-a-token-0123456789')).status, 401);
    });

    it('records the admin’s name and the previous status in the history, and in the request log', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      await moveTo(id, {status: 'under-review'}, MARIA);
      const admitted = await moveTo(id, {status: 'admitted', note: 'Strong motivation.'}, 'joan-token-0123456789abcdef');
      assert.deepEqual(admitted.history.map(({status, by, from}) => ({status, by, from})), [
        {status: 'submitted', by: undefined, from: undefined},
        {status: 'under-review', by: 'maria', from: 'submitted'},
        {status: 'admitted', by: 'joan.p', from: 'under-review'},
      ]);
      assert.equal(admitted.history[2]?.note, 'Strong motivation.');
      const read = await server.admin(`/v1/admin/applications/${id}`);
      assert.deepEqual(parseApiBody(Application, await read.json(), 'Application'), admitted);
      assert.ok(server.logs.some((e) => e.event === 'request' && e.route === '/v1/admin/applications/:id/status' && e.admin === 'maria'));
    });

    it('records the admin’s name in a proposal’s history too', async () => {
      const created = await server.postJson('/v1/proposals', proposalBody({}, {email: 'named-admin@example.org'}));
      const {id} = (await created.json()) as ProposalReceipt;
      const response = await server.request(`/v1/admin/proposals/${id}/status`, {method: 'POST', headers: {authorization: `Bearer ${MARIA}`, 'content-type': 'application/json'}, body: JSON.stringify({status: 'under-review', by: 'someone else'})});
      assert.equal(response.status, 200);
      const proposal = (await response.json()) as {history: {by?: string}[]};
      assert.equal(proposal.history.at(-1)?.by, 'maria');
    });

    it('audits member registry changes with the admin’s name, never personal data', async () => {
      const put = await server.request('/v1/admin/members/audit-town', {method: 'PUT', headers: {authorization: `Bearer ${MARIA}`, 'content-type': 'application/json'}, body: JSON.stringify({id: 'audit-town', name: 'Audit Town', city: 'Town', country: 'FR'})});
      assert.equal(put.status, 201);
      assert.equal((await server.admin('/v1/admin/members/audit-town', {method: 'DELETE'})).status, 204);
      const rows = await server.database.query<{admin: string; action: string; target: string}>("SELECT admin, action, target FROM admin_audit WHERE target = 'member:audit-town' ORDER BY id");
      assert.deepEqual(rows, [{admin: 'maria', action: 'member-created', target: 'member:audit-town'}, {admin: 'admin', action: 'member-deleted', target: 'member:audit-town'}]);
      assert.ok(server.logs.some((e) => e.event === 'admin-audit' && e.admin === 'maria' && e.memberId === 'audit-town'));
    });
  });

  describe('ETag and If-Match', () => {
    it('answers each read and change with a strong ETag that every change moves on', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      const first = (await server.admin(`/v1/admin/applications/${id}`)).headers.get('etag');
      assert.equal(first, '"v1"');
      const changed = await server.setStatus(id, {status: 'under-review'});
      assert.equal(changed.headers.get('etag'), '"v2"');
      assert.equal((await server.admin(`/v1/admin/applications/${id}`)).headers.get('etag'), '"v2"');
    });

    it('428 without If-Match, changing nothing', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      const response = await server.setStatus(id, {status: 'under-review'}, {ifMatch: null});
      assert.equal(response.status, 428);
      assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
      assert.match(((await response.json()) as ProblemDetails).detail ?? '', /If-Match/);
      assert.equal(parseApiBody(Application, await (await server.admin(`/v1/admin/applications/${id}`)).json(), 'Application').status, 'submitted');
    });

    it('412 conflict on a stale If-Match, naming who changed it and when, telling to reload', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      const etag = (await server.admin(`/v1/admin/applications/${id}`)).headers.get('etag')!;
      server.setNow(new Date('2025-09-15T09:30:00Z'));
      assert.equal((await server.setStatus(id, {status: 'under-review'}, {ifMatch: etag, token: MARIA})).status, 200);
      server.setNow(SEPTEMBER_15);
      // The second admin still holds the first version: even a move that is allowed now is refused.
      const stale = await server.setStatus(id, {status: 'rejected'}, {ifMatch: etag});
      assert.equal(stale.status, 412);
      const problem = (await stale.json()) as ProblemDetails;
      assert.match(problem.type ?? '', /conflict$/);
      assert.match(problem.detail ?? '', /maria/);
      assert.match(problem.detail ?? '', /2025-09-15T09:30:00\.000Z/);
      assert.match(problem.detail ?? '', /Reload/);
      assert.equal((await server.setStatus(id, {status: 'rejected'}, {ifMatch: 'W/"v2"'})).status, 412, 'a weak tag never matches');
    });

    it('lets exactly one of many concurrent changes with the same If-Match win', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      const etag = (await server.admin(`/v1/admin/applications/${id}`)).headers.get('etag')!;
      const statuses = await Promise.all(Array.from({length: 8}, () => server.setStatus(id, {status: 'under-review'}, {ifMatch: etag}).then((r) => r.status)));
      assert.deepEqual(statuses.sort(), [200, 412, 412, 412, 412, 412, 412, 412]);
    });

    it('409 for an illegal move, saying which moves are allowed', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      const response = await server.setStatus(id, {status: 'invoiced'});
      assert.equal(response.status, 409);
      assert.equal(((await response.json()) as ProblemDetails).detail, 'An application that is submitted cannot become invoiced; it can become under-review, rejected, withdrawn.');
    });
  });

  describe('mails and previews', () => {
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      it(`previews exactly the mail each step queues (${lang})`, async () => {
        const {id} = await submit(applicationBody('lifecycle-test', {lang}, {email: `steps-${lang}@example.org`}));
        await moveTo(id, {status: 'under-review'});
        const steps = [{status: 'admitted'}, {status: 'invoiced'}, {status: 'paid', paid: {amount: 66000, currency: 'EUR'}}, {status: 'cancelled', cancelledOn: '2025-10-17'}];
        for (const step of steps) {
          const before = (await outboxOf(id)).length;
          const previewed = parseApiBody(ActionPreview, await (await preview(id, step)).json(), 'Preview');
          assert.equal((await outboxOf(id)).length, before, 'a preview queues nothing');
          await moveTo(id, step);
          const queued = (await outboxOf(id)).slice(before);
          assert.equal(queued.length, 1, step.status);
          assert.deepEqual(previewed.email, {to: `steps-${lang}@example.org`, lang, subject: queued[0]!.subject, text: queued[0]!.body});
        }
        const mails = (await outboxOf(id)).map((m) => m.body).join('\n');
        assert.match(mails, /ES91 2100 0418 4502 0005 1332/);
        if (lang === 'fr') assert.match(mails, /660,00\s€/);
        if (lang === 'es') assert.match(mails, /495,00\s€/);
      });
    }

    it('tells a rejected applicant, in their language, with the reason the admin wrote', async () => {
      const {id} = await submit(applicationBody('lifecycle-test', {lang: 'es'}, {email: 'rejected@example.org'}));
      const step = {status: 'rejected', note: 'La edición está completa.'};
      const previewed = parseApiBody(ActionPreview, await (await preview(id, step)).json(), 'Preview');
      const before = (await outboxOf(id)).length;
      await moveTo(id, step);
      const queued = (await outboxOf(id)).slice(before);
      assert.equal(queued.length, 1);
      assert.deepEqual(previewed.email, {to: 'rejected@example.org', lang: 'es', subject: queued[0]!.subject, text: queued[0]!.body});
      assert.match(queued[0]!.body, /Motivo de la Secretaría: La edición está completa\./);
    });

    it('previews a cancellation’s refund before and after the cutoff, and sends no mail for a review', async () => {
      const {id} = await submit(applicationBody('lifecycle-test'));
      const review = parseApiBody(ActionPreview, await (await preview(id, {status: 'under-review'})).json(), 'Preview');
      assert.deepEqual(review, {from: 'submitted', status: 'under-review'});
      for (const status of ['under-review', 'admitted', 'invoiced']) await moveTo(id, {status});
      await moveTo(id, {status: 'paid'});
      const early = parseApiBody(ActionPreview, await (await preview(id, {status: 'cancelled', cancelledOn: '2025-10-17'})).json(), 'Preview');
      assert.deepEqual([early.refund, early.cancellationAccepted], [{amount: 49500, currency: 'EUR'}, true]);
      const late = parseApiBody(ActionPreview, await (await preview(id, {status: 'cancelled', cancelledOn: '2025-10-18'})).json(), 'Preview');
      assert.deepEqual([late.refund, late.cancellationAccepted], [{amount: 0, currency: 'EUR'}, false]);
      assert.ok(late.refundReason);
      assert.equal((await preview(id, {status: 'admitted'})).status, 409);
      assert.equal((await preview(crypto.randomUUID(), {status: 'admitted'})).status, 404);
      assert.equal((await preview(id, {status: 'lost'})).status, 422);
    });
  });

  describe('invoices', () => {
    async function invoiced(body = applicationBody('lifecycle-test')): Promise<Application> {
      const {id} = await submit(body);
      for (const status of ['under-review', 'admitted']) await moveTo(id, {status});
      return moveTo(id, {status: 'invoiced'});
    }
    const numbersOf = async () => (await server.database.query<{invoice_number: string}>('SELECT invoice_number FROM applications WHERE invoice_number IS NOT NULL ORDER BY invoice_number')).map((r) => r.invoice_number);

    it('numbers invoices per year without gaps, even when many are issued at once', async () => {
      const ids = await Promise.all(Array.from({length: 12}, async (_, n) => {
        const {id} = await submit(applicationBody('lifecycle-test', {}, {email: `concurrent-${n}@example.org`}));
        for (const status of ['under-review', 'admitted']) await moveTo(id, {status});
        return id;
      }));
      await Promise.all(ids.map((id) => moveTo(id, {status: 'invoiced'})));
      const numbers = await numbersOf();
      assert.deepEqual(numbers, Array.from({length: numbers.length}, (_, n) => `2025-${String(n + 1).padStart(4, '0')}`));
      assert.ok(numbers.length >= 12);
    });

    it('gives back the number of an invoicing that failed (no gap)', async () => {
      const before = await numbersOf();
      const {id} = await submit(applicationBody('lifecycle-test', {}, {email: 'poison@example.org'}));
      for (const status of ['under-review', 'admitted']) await moveTo(id, {status});
      // The invoice mail cannot be queued: the transaction fails after taking its number.
      await server.database.query("ALTER TABLE outbox ADD CONSTRAINT test_poison CHECK (recipient <> 'poison@example.org') NOT VALID");
      try {
        assert.equal((await server.setStatus(id, {status: 'invoiced'})).status, 500);
      } finally {
        await server.database.query('ALTER TABLE outbox DROP CONSTRAINT test_poison');
      }
      const next = await invoiced();
      assert.equal(next.invoice?.number, `2025-${String(before.length + 1).padStart(4, '0')}`);
    });

    it('starts again at 0001 in a new year, by the calendar of Europe/Madrid', async () => {
      const admitted = [];
      for (let n = 0; n < 3; n++) {
        const {id} = await submit(applicationBody('lifecycle-test'));
        for (const status of ['under-review', 'admitted']) await moveTo(id, {status});
        admitted.push(id);
      }
      // 31 December 2025, 22:30 UTC is still 2025 in Barcelona; 23:30 UTC is already 1 January 2026 there.
      server.setNow(new Date('2025-12-31T22:30:00Z'));
      try {
        const last2025 = await moveTo(admitted[0]!, {status: 'invoiced'});
        assert.equal(last2025.invoice?.issuedOn, '2025-12-31');
        assert.match(last2025.invoice?.number ?? '', /^2025-\d{4}$/);
        server.setNow(new Date('2025-12-31T23:30:00Z'));
        const first = await moveTo(admitted[1]!, {status: 'invoiced'});
        assert.deepEqual([first.invoice?.number, first.invoice?.issuedOn], ['2026-0001', '2026-01-01']);
        assert.equal((await moveTo(admitted[2]!, {status: 'invoiced'})).invoice?.number, '2026-0002');
      } finally {
        server.setNow(SEPTEMBER_15);
      }
    });

    it('serves the invoice page by its capability URL: escaped text, amounts, strict headers; 404 otherwise', async () => {
      const hostile = '<script>alert(1)</script>';
      const application = await invoiced(applicationBody('lifecycle-test', {participants: undefined} as never, {givenName: hostile, organization: '"><img src=x onerror=alert(2)>', city: 'Ca&iro'}));
      const url = application.invoice!.url;
      assert.match(url, /^\/v1\/invoices\/[0-9a-f-]{36}\?key=[\w%-]+$/);
      const response = await server.request(url);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.ok(!html.includes('<script'), 'no script element');
      assert.ok(!html.includes('<img'), 'no injected element');
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(html.includes('Ca&amp;iro'));
      assert.ok(html.includes(application.invoice!.number));
      assert.ok(html.includes('€660.00'));
      assert.ok(html.includes('Metropolis Secretariat General'));
      assert.ok(html.includes('ES91 2100 0418 4502 0005 1332'));
      assert.ok(html.includes('Egypt'));
      const csp = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce && html.includes(`<style nonce="${nonce}">`), csp);
      assert.doesNotMatch(csp, /unsafe-inline|script-src/);
      assert.match(csp, /default-src 'none'/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(response.headers.get('x-robots-tag'), 'noindex');
      for (const wrong of [url.replace(/key=.*/, 'key=wrong'), url.replace(/\?key=.*/, ''), `/v1/invoices/${crypto.randomUUID()}?key=x`]) {
        assert.equal((await server.request(wrong)).status, 404, wrong);
      }
      const {id} = await submit(applicationBody('lifecycle-test'));
      assert.equal((await server.request(`/v1/invoices/${id}?key=`)).status, 404, 'not invoiced');
    });

    it('refuses to invoice without the issuer and bank details, saying what to set', async () => {
      const bare = await startTestServer({invoiceIssuer: undefined, bankTransfer: undefined});
      try {
        const {id} = (await (await bare.postJson('/v1/applications', applicationBody('lifecycle-test'))).json()) as ApplicationReceipt;
        for (const status of ['under-review', 'admitted']) assert.equal((await bare.setStatus(id, {status})).status, 200);
        const response = await bare.setStatus(id, {status: 'invoiced'});
        assert.equal(response.status, 409);
        const detail = ((await response.json()) as ProblemDetails).detail ?? '';
        assert.match(detail, /INVOICE_ISSUER/);
        assert.match(detail, /BANK_IBAN/);
      } finally {
        await bare.close();
      }
    });
  });

  describe('filters and counts', () => {
    it('filters by country, income group, membership and special fee', async () => {
      const member = {membership: {claim: 'member' as const, memberId: 'addis-ababa'}};
      const special = await submit(applicationBody('quota-test-b', member, {country: 'ET', email: 'filters-et@example.org'}));
      assert.equal(special.quote.specialFeePlaces, 1);
      await submit(applicationBody('quota-test-b', {}, {country: 'FR', city: 'Paris', email: 'filters-fr@example.org'}));
      const ids = async (query: string) => parseApiBody(ApplicationPage, await (await server.admin(`/v1/admin/applications?editionId=quota-test-b&${query}`)).json(), 'Page').items.map((a) => a.applicant.email);
      assert.deepEqual(await ids('country=ET'), ['filters-et@example.org']);
      assert.deepEqual(await ids('incomeGroup=low'), ['filters-et@example.org']);
      assert.deepEqual(await ids('incomeGroup=high'), ['filters-fr@example.org']);
      assert.deepEqual(await ids('membership=non-member'), ['filters-fr@example.org']);
      assert.deepEqual(await ids('specialFee=true'), ['filters-et@example.org']);
      assert.deepEqual(await ids('specialFee=false'), ['filters-fr@example.org']);
      const bad = await server.admin('/v1/admin/applications?incomeGroup=poor&specialFee=yes');
      assert.equal(bad.status, 422);
      assert.deepEqual(((await bad.json()) as ProblemDetails).issues?.map((i) => i.path).sort(), ['incomeGroup', 'specialFee']);
    });

    it('counts every edition’s applications by status, with capacity and special-fee places', async () => {
      const {id} = await submit(applicationBody('quota-test-a', {membership: {claim: 'member', memberId: 'addis-ababa'}}, {country: 'ET'}));
      await moveTo(id, {status: 'under-review'});
      const list = parseApiBody(EditionAdmissionsList, await (await server.admin('/v1/admin/editions')).json(), 'Editions');
      const edition = list.items.find((e) => e.editionId === 'quota-test-a')!;
      assert.equal(edition.counts['under-review'], 1);
      assert.equal(edition.counts.paid, 0);
      assert.deepEqual(edition.specialFee, {quota: 3, used: 1});
      assert.equal(edition.start, '2025-11-17');
      assert.match(edition.courseTitle, /Diploma/);
      const starts = list.items.map((e) => e.start).filter(Boolean) as string[];
      assert.deepEqual(starts, [...starts].sort().reverse(), 'latest start first');
      assert.ok(list.items.some((e) => e.editionId === DIPLOMA));
    });
  });

  it('serves the console page at /admin with a strict policy', async () => {
    const response = await server.request('/admin');
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<metropolis-admissions api="">/);
    assert.match(html, /<script type="module" src="\/elements\/admissions\.js"><\/script>/);
    assert.match(html, /<noscript>/);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    // Its look comes from a file of this server, which style-src 'self' allows.
    assert.match(html, /<link rel="stylesheet" href="\/admin\.css">/);
    const css = await server.request('/admin.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await css.text(), /font-family: system-ui/);
  });
});
