import {expect} from '@open-wc/testing';
import {ApiError, createClient, NetworkError, type ApplicationInput} from '@metropolis-training/sdk';
import {adminApplications, DIPLOMA, proxiedRequests, REFERENCE_API, resetServer, setServerMode} from './reference-server.js';

// The reference server of the browser tests, proven through the SDK client: what the
// application form's tests rely on.
describe('the reference server in browser tests', () => {
  const client = () => createClient({baseUrl: new URL(REFERENCE_API, location.href).href, retry: 0});
  const application = (email: string, membership: ApplicationInput['membership'] = {claim: 'member', memberId: 'cairo'}): ApplicationInput => ({
    editionId: DIPLOMA,
    lang: 'en',
    applicant: {givenName: 'Amina', familyName: 'Haddad', email, organization: 'Cairo Governorate', position: 'Officer', city: 'Cairo', country: 'EG', careerStage: 'mid-career'},
    membership,
    motivation: 'Our office is drafting its first international strategy.',
    consent: {privacy: true},
  });
  const unique = (label: string) => `${label}-${crypto.randomUUID()}@example.org`;
  const stored = async (email: string) => (await adminApplications(DIPLOMA)).items.filter((a) => a.applicant.email === email);

  afterEach(() => resetServer());

  it('reads the catalog, quotes, applies at the quoted price, and the admin list shows the application', async () => {
    const catalog = await client().catalog();
    expect(catalog.editions.some((e) => e.id === DIPLOMA)).to.equal(true);
    const quote = await client().quote(DIPLOMA, {country: 'EG', membership: {claim: 'member', memberId: 'cairo'}});
    expect(quote.total.amount).to.equal(16500);
    const email = unique('proof');
    const receipt = await client().apply(application(email));
    expect(receipt.quote.total.amount).to.equal(quote.total.amount);
    const mine = await stored(email);
    expect(mine.map((a) => a.reference).join()).to.equal(receipt.reference);
    expect(mine[0]?.quote.total.amount).to.equal(16500);
    const {forwarded} = await proxiedRequests();
    expect(forwarded['POST /v1/applications']).to.equal(1);
    expect(forwarded['POST /v1/quotes']).to.equal(1);
  });

  it('searches members through the proxy', async () => {
    expect((await client().members('governorate')).map((m) => m.id).join()).to.equal('cairo');
  });

  it('drop-responses: the client fails with a NetworkError, yet the application is stored', async () => {
    await setServerMode({mode: 'drop-responses', method: 'POST', path: '/v1/applications'});
    const email = unique('dropped');
    let failure: unknown;
    try {
      await client().apply(application(email));
    } catch (error) {
      failure = error;
    }
    expect(failure instanceof NetworkError).to.equal(true);
    // One application, whatever Chromium's own re-sends of the dropped request (same Idempotency-Key).
    expect((await stored(email)).length).to.equal(1);
    expect((await proxiedRequests()).forwarded['POST /v1/applications']! >= 1).to.equal(true);
  });

  it('fail answers 503 without forwarding; respond-once answers once, then back to normal', async () => {
    await setServerMode({mode: 'fail', path: '/v1/quotes'});
    let failure: unknown;
    try {
      await client().quote(DIPLOMA, {country: 'ES'});
    } catch (error) {
      failure = error;
    }
    expect(failure instanceof ApiError && failure.status === 503).to.equal(true);
    expect((await proxiedRequests()).forwarded['POST /v1/quotes']).to.equal(undefined);

    const problem = {type: 'about:blank', title: 'The request has invalid fields', status: 422, issues: [{path: 'applicant.email', code: 'invalid', message: 'is taken'}]};
    await setServerMode({mode: 'respond-once', method: 'POST', path: '/v1/applications', status: 422, body: problem});
    const email = unique('once');
    try {
      await client().apply(application(email));
      failure = undefined;
    } catch (error) {
      failure = error;
    }
    expect(failure instanceof ApiError ? failure.issues.map((i) => i.path).join() : String(failure)).to.equal('applicant.email');
    expect((await stored(email)).length).to.equal(0);
    const receipt = await client().apply(application(email));
    expect((await stored(email)).map((a) => a.id).join()).to.equal(receipt.id);
    expect((await proxiedRequests()).requests['POST /v1/applications']).to.equal(2);
  });
});
