import assert from 'node:assert/strict';
import {Catalog, parseApiBody, parseCatalog, Proposal, ProposalPage, statusOf, type ProblemDetails, type ProposalReceipt} from '@metropolis-training/sdk';
import {LiveCatalog} from './catalog-overlay.js';
import {bodyOf, headerOf} from './test-support/mail.js';
import {learningHubProposalBody, proposalBody, startTestServer, testCatalog, type TestServer} from './test-support/server.js';
import {startSmtp} from './test-support/smtp.js';

const paths = (problem: ProblemDetails) => (problem.issues ?? []).map((i) => i.path).sort();

describe('admin routes of proposals', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  before(async () => {
    smtp = await startSmtp();
    server = await startTestServer({smtpUrl: `smtp://127.0.0.1:${smtp.port}`, outboxIntervalMs: 3_600_000});
  });
  after(async () => {
    await server.close();
    await smtp.close();
  });

  async function submit(body: unknown): Promise<ProposalReceipt> {
    const response = await server.postJson('/v1/proposals', body);
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as ProposalReceipt;
  }

  const post = (path: string, body?: unknown) => server.admin(path, {method: 'POST', ...(body === undefined ? {} : {headers: {'content-type': 'application/json'}, body: JSON.stringify(body)})});

  async function ok(response: Response): Promise<Proposal> {
    assert.equal(response.status, 200, await response.clone().text());
    return parseApiBody(Proposal, await response.json(), 'Proposal');
  }

  const setStatus = (id: string, change: Record<string, unknown>) => post(`/v1/admin/proposals/${id}/status`, change);
  const moveTo = async (id: string, change: Record<string, unknown>) => ok(await setStatus(id, change));

  async function problemOf(response: Response, status: number): Promise<ProblemDetails> {
    assert.equal(response.status, status, await response.clone().text());
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    return (await response.json()) as ProblemDetails;
  }

  async function catalog(path = '/v1/catalog'): Promise<{catalog: Catalog; etag: string}> {
    const response = await server.request(path);
    assert.equal(response.status, 200);
    return {etag: response.headers.get('etag') ?? '', catalog: parseCatalog(await response.json())};
  }

  it('answers 401 without the admin token on every proposal route', async () => {
    const id = crypto.randomUUID();
    for (const [method, path] of [['GET', '/v1/admin/proposals'], ['GET', `/v1/admin/proposals/${id}`], ['POST', `/v1/admin/proposals/${id}/status`], ['POST', `/v1/admin/proposals/${id}/schedule`], ['POST', `/v1/admin/proposals/${id}/publish`]] as const) {
      const response = await server.request(path, {method, ...(method === 'POST' ? {headers: {'content-type': 'application/json'}, body: '{"status":"accepted"}'} : {})});
      assert.equal(response.status, 401, `${method} ${path}`);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
  });

  it('gives the stored proposal, exactly as sent, with its history; 404 for an unknown id', async () => {
    const body = learningHubProposalBody();
    (body.activity as Record<string, unknown>).title = '<script>alert(1)</script> \u202Egnp.exe 💧 "quotes" \'single\'';
    const {id, reference} = await submit(body);
    const proposal = await ok(await server.admin(`/v1/admin/proposals/${id}`));
    assert.equal(proposal.reference, reference);
    assert.equal(proposal.status, 'received');
    assert.deepEqual(proposal.activity, body.activity);
    assert.deepEqual(proposal.proposer, body.proposer);
    assert.deepEqual(proposal.learningHub, body.learningHub);
    assert.deepEqual(proposal.offer, body.offer);
    assert.deepEqual(proposal.partners, []);
    assert.deepEqual(proposal.history, [{status: 'received', at: '2025-09-15T08:00:00.000Z'}]);
    assert.equal(proposal.scheduled, undefined);
    await problemOf(await server.admin(`/v1/admin/proposals/${crypto.randomUUID()}`), 404);
    await problemOf(await server.admin('/v1/admin/proposals/not-a-uuid'), 404);
  });

  describe('status', () => {
    it('goes received → under-review → accepted, recording who, when and the note', async () => {
      const {id} = await submit(proposalBody());
      server.setNow(new Date('2025-09-16T10:00:00Z'));
      await moveTo(id, {status: 'under-review'});
      server.setNow(new Date('2025-09-20T10:00:00Z'));
      // A `by` in the body (from the shared-token days) is ignored: the token names the admin.
      const accepted = await moveTo(id, {status: 'accepted', note: 'Welcome on board.', by: 'Training team'});
      server.setNow(new Date('2025-09-15T08:00:00Z'));
      assert.equal(accepted.status, 'accepted');
      assert.equal(accepted.updatedAt, '2025-09-20T10:00:00.000Z');
      assert.deepEqual(accepted.history, [
        {status: 'received', at: '2025-09-15T08:00:00.000Z'},
        {status: 'under-review', at: '2025-09-16T10:00:00.000Z', by: 'admin'},
        {status: 'accepted', at: '2025-09-20T10:00:00.000Z', note: 'Welcome on board.', by: 'admin'},
      ]);
      assert.deepEqual(await ok(await server.admin(`/v1/admin/proposals/${id}`)), accepted);
    });

    it('refuses a move the transitions do not allow with 409 naming from and to', async () => {
      const {id} = await submit(proposalBody());
      const skip = await problemOf(await setStatus(id, {status: 'accepted'}), 409);
      assert.equal(skip.type, 'urn:metropolis-training:problem:invalid-transition');
      assert.match(skip.detail ?? '', /received cannot become accepted; it can become under-review, declined/);
      await moveTo(id, {status: 'declined'});
      const final = await problemOf(await setStatus(id, {status: 'under-review'}), 409);
      assert.match(final.detail ?? '', /declined cannot become under-review \(that status is final\)/);
      const stored = await ok(await server.admin(`/v1/admin/proposals/${id}`));
      assert.deepEqual(stored.history.map((h) => h.status), ['received', 'declined']);
    });

    it('answers 404 for an unknown proposal and 422 naming bad fields', async () => {
      await problemOf(await setStatus(crypto.randomUUID(), {status: 'under-review'}), 404);
      const {id} = await submit(proposalBody());
      assert.deepEqual(paths(await problemOf(await setStatus(id, {status: 'received'}), 422)), ['status']);
      assert.deepEqual(paths(await problemOf(await setStatus(id, {status: 'accepted', note: 'x'.repeat(2001), budget: 1}), 422)), ['budget', 'note']);
      await problemOf(await server.admin(`/v1/admin/proposals/${id}/status`, {method: 'POST', headers: {'content-type': 'text/plain'}, body: '{}'}), 415);
    });

    it('tells the proposer each decision by mail in their language, with the note', async () => {
      const email = 'decision-fr@example.org';
      const {id, reference} = await submit(proposalBody({lang: 'fr'}, {email}, {title: 'Téléphériques urbains'}));
      await moveTo(id, {status: 'under-review'});
      await moveTo(id, {status: 'accepted', note: 'Nous vous écrirons en octobre.'});
      await server.outbox.drain();
      const mails = smtp.received.filter((m) => m.to.includes(email));
      assert.equal(mails.length, 3);
      const subjects = mails.map((m) => headerOf(m.raw, 'Subject')).sort();
      assert.deepEqual(subjects, [
        `Proposition reçue : Téléphériques urbains (${reference})`,
        `Votre proposition est en cours d’examen : Téléphériques urbains (${reference})`,
        `Votre proposition est retenue : Téléphériques urbains (${reference})`,
      ].sort());
      const accepted = mails.find((m) => headerOf(m.raw, 'Subject').startsWith('Votre proposition est retenue'))!;
      assert.equal(headerOf(accepted.raw, 'Content-Language'), 'fr');
      assert.match(bodyOf(accepted.raw).replace(/\r\n/g, '\n'), /Note du Secrétariat :\nNous vous écrirons en octobre\./);
    });
  });

  describe('listing', () => {
    it('filters by status, format, theme, country and text, newest first, in pages with a cursor', async () => {
      const specs = [
        {title: 'Listing A bus lanes', country: 'KE', format: 'webinar', themes: ['mobility']},
        {title: 'Listing B flood maps', country: 'BR', format: 'online-course', themes: ['water', 'climate']},
        {title: 'Listing C housing', country: 'KE', format: 'in-person', themes: ['housing']},
        {title: 'Listing D heat plans', country: 'IN', format: 'online-course', themes: ['climate']},
      ];
      const ids: string[] = [];
      for (const [i, spec] of specs.entries()) {
        server.setNow(new Date(Date.UTC(2025, 8, 17, 9, i)));
        const {id} = await submit(proposalBody({}, {country: spec.country, organization: `Listing org ${i}`, email: `listing${i}@example.org`}, {title: spec.title, format: spec.format, themes: spec.themes}));
        ids.push(id);
      }
      server.setNow(new Date('2025-09-15T08:00:00Z'));
      await moveTo(ids[1]!, {status: 'under-review'});
      const list = async (query: string) => parseApiBody(ProposalPage, await (await server.admin(`/v1/admin/proposals?${query}`)).json(), 'Page');
      const titles = (page: ProposalPage) => page.items.map((p) => p.activity.title);

      const page1 = await list('q=listing&limit=3');
      assert.equal(page1.total, 4);
      assert.deepEqual(titles(page1), ['Listing D heat plans', 'Listing C housing', 'Listing B flood maps']);
      assert.ok(page1.nextCursor);
      const page2 = await list(`q=listing&limit=3&cursor=${page1.nextCursor}`);
      assert.deepEqual(titles(page2), ['Listing A bus lanes']);
      assert.equal(page2.nextCursor, undefined);

      assert.deepEqual(titles(await list('q=listing&country=KE')), ['Listing C housing', 'Listing A bus lanes']);
      assert.deepEqual(titles(await list('q=listing&format=online-course')), ['Listing D heat plans', 'Listing B flood maps']);
      assert.deepEqual(titles(await list('q=listing&theme=climate')), ['Listing D heat plans', 'Listing B flood maps']);
      assert.deepEqual(titles(await list('q=listing&theme=climate&status=under-review')), ['Listing B flood maps']);
      assert.deepEqual(titles(await list('q=listing%20org%202')), ['Listing C housing'], 'by organization');
      assert.deepEqual(titles(await list('q=listing3@example')), ['Listing D heat plans'], 'by email');
      assert.equal((await list('q=%25')).total, 0, '% is text, not a wildcard');
      const {reference} = (await list('q=flood')).items[0]!;
      assert.deepEqual(titles(await list(`q=${reference}`)), ['Listing B flood maps'], 'by reference');
    });

    it('refuses unknown filters, bad values and a forged cursor (422 naming them)', async () => {
      const bad = await problemOf(await server.admin('/v1/admin/proposals?sort=name&status=lost&format=podcast&theme=x&country=Kenya'), 422);
      assert.deepEqual(paths(bad), ['country', 'format', 'sort', 'status', 'theme']);
      assert.deepEqual(paths(await problemOf(await server.admin('/v1/admin/proposals?cursor=abc'), 422)), ['cursor']);
    });
  });

  describe('schedule and publish', () => {
    it('turns an accepted proposal into a draft course and edition, served only once published', async () => {
      const before = await catalog();
      const beforeFile = await catalog('/catalog.json');
      const {id} = await submit(proposalBody({}, {organization: 'Scheduling City Transport Agency', city: 'Medellín', country: 'CO'}, {title: 'Cable cars as public transport', languages: ['es', 'en']}));

      await problemOf(await post(`/v1/admin/proposals/${id}/schedule`), 409);
      await problemOf(await post(`/v1/admin/proposals/${id}/publish`), 409);
      await moveTo(id, {status: 'under-review'});
      await moveTo(id, {status: 'accepted'});
      const notScheduled = await problemOf(await post(`/v1/admin/proposals/${id}/publish`), 409);
      assert.equal(notScheduled.type, 'urn:metropolis-training:problem:proposal-not-scheduled');

      const scheduled = await ok(await post(`/v1/admin/proposals/${id}/schedule`));
      assert.deepEqual(scheduled.scheduled, {courseId: 'cable-cars-as-public-transport', editionId: 'cable-cars-as-public-transport-2027', published: false});
      assert.deepEqual(await ok(await post(`/v1/admin/proposals/${id}/schedule`)), scheduled, 'scheduling again makes nothing new');

      // A draft is not served.
      const draft = await catalog();
      assert.equal(draft.etag, before.etag);
      assert.ok(!draft.catalog.courses.some((c) => c.id === 'cable-cars-as-public-transport'));

      const published = await ok(await post(`/v1/admin/proposals/${id}/publish`));
      assert.deepEqual(published.scheduled, {...scheduled.scheduled, published: true});
      assert.deepEqual(await ok(await post(`/v1/admin/proposals/${id}/publish`)), published, 'publishing again changes nothing');

      const after = await catalog();
      assert.notEqual(after.etag, before.etag);
      assert.equal(after.catalog.courses.length, before.catalog.courses.length + 1);
      const course = after.catalog.courses.find((c) => c.id === 'cable-cars-as-public-transport');
      assert.ok(course);
      assert.equal(course.format, 'webinar');
      assert.deepEqual(course.title, {en: 'Cable cars as public transport'});
      assert.deepEqual(course.themes, ['mobility']);
      assert.deepEqual(course.audience, {profiles: ['technical'], careerStages: ['mid-career', 'senior']});
      const provider = after.catalog.providers.find((p) => p.id === course.providerId);
      assert.deepEqual([provider?.kind, provider?.name.en, provider?.country], ['partner', 'Scheduling City Transport Agency', 'CO']);
      const edition = after.catalog.editions.find((e) => e.id === 'cable-cars-as-public-transport-2027');
      assert.ok(edition);
      assert.equal(edition.courseId, course.id);
      assert.deepEqual(edition.dates, {kind: 'to-be-confirmed', period: '2027-03'});
      assert.deepEqual(edition.fee, {kind: 'to-be-announced'});
      assert.deepEqual(edition.location, {mode: 'online'});
      assert.deepEqual(edition.languages, ['es', 'en']);
      assert.equal(statusOf(edition, '2025-09-15'), 'upcoming');

      // The public files and one language's catalog follow.
      const file = await catalog('/catalog.json');
      assert.notEqual(file.etag, beforeFile.etag);
      assert.ok(file.catalog.editions.some((e) => e.id === edition.id));
      const spanish = (await (await server.request('/v1/catalog?lang=es')).json()) as Catalog;
      assert.ok(spanish.courses.some((c) => c.id === course.id));
      // A conditional request with the old ETag gets the new catalog, with the new one a 304.
      assert.equal((await server.request('/v1/catalog', {headers: {'if-none-match': before.etag}})).status, 200);
      assert.equal((await server.request('/v1/catalog', {headers: {'if-none-match': after.etag}})).status, 304);

      // The edition takes no applications yet: its fee is to be announced.
      const apply = await server.postJson('/v1/quotes', {editionId: edition.id, country: 'CO'});
      assert.equal(apply.status, 422);
    });

    it('makes ids unique, maps the formats, and reuses a provider of the same name', async () => {
      const schedule = async (body: Record<string, unknown>) => {
        const {id} = await submit(body);
        await moveTo(id, {status: 'under-review'});
        await moveTo(id, {status: 'accepted'});
        return (await ok(await post(`/v1/admin/proposals/${id}/schedule`))).scheduled!;
      };
      const sameTitle = await schedule(proposalBody({}, {organization: 'Scheduling City Transport Agency'}, {title: 'Cable cars as public transport'}));
      assert.deepEqual(sameTitle, {courseId: 'cable-cars-as-public-transport-2', editionId: 'cable-cars-as-public-transport-2-2027', published: false});
      const arabic = await schedule(proposalBody({lang: 'ar'}, {organization: 'بلدية'}, {title: 'التنقل الحضري', format: 'in-person', speakers: undefined, period: {start: '2026'}}));
      assert.match(arabic.courseId, /^proposal-mp-2025-\d{4}$/);
      const hub = await schedule(learningHubProposalBody());

      const drafts = await server.database.query<{kind: string; id: string; record: {format?: string; providerId?: string; location?: {mode: string}}}>('SELECT kind, id, record FROM catalog_overlay WHERE published_at IS NULL ORDER BY created_at, kind, id');
      const course = (id: string) => drafts.find((d) => d.kind === 'course' && d.id === id)!.record;
      const edition = (id: string) => drafts.find((d) => d.kind === 'edition' && d.id === id)!.record;
      assert.equal(course(arabic.courseId).format, 'workshop');
      assert.equal(edition(arabic.editionId).location?.mode, 'in-person');
      assert.equal(course(hub.courseId).format, 'learning-hub');
      assert.equal(edition(hub.editionId).location?.mode, 'hybrid');
      // The same organization, published before: one provider, not two.
      assert.equal(drafts.filter((d) => d.kind === 'provider' && d.id.startsWith('scheduling-city-transport-agency')).length, 0);
      assert.equal(course(sameTitle.courseId).providerId, 'scheduling-city-transport-agency');
    });

    it('lets another instance (or a restart) load the published courses from the database', async () => {
      const other = new LiveCatalog(parseCatalog(testCatalog()));
      assert.equal(await other.refresh(server.database), true);
      assert.ok(other.course('cable-cars-as-public-transport'));
      assert.ok(other.edition('cable-cars-as-public-transport-2027'));
      assert.equal(other.course('cable-cars-as-public-transport-2'), undefined, 'a draft stays out');
      assert.equal(await other.refresh(server.database), false, 'nothing new');
    });
  });
});
