import assert from 'node:assert/strict';
import type {Application, ApplicationInput, ApplicationReceipt, Quote, UiLanguage} from '@metropolis-training/sdk';

type Claim = ApplicationInput['membership'];
import {unverifiedMembershipNote} from './pricing.js';
import {applicationBody, DIPLOMA, startTestServer, type TestServer} from './test-support/server.js';

// The promise of the public quote: for the same claim, country and group, it is the price the
// application is charged (quote == receipt == stored application).
describe('quote == receipt', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await server.seedMembers();
  });
  after(() => server.close());

  const claims = {
    'no claim': {claim: 'non-member'},
    'a member up to date, by id (Cairo, EG, paid through 2025)': {claim: 'member', memberId: 'cairo'},
    'a member in arrears, by id (Lima, PE, paid through 2022)': {claim: 'member', memberId: 'in-arrears'},
    'a member by name, case and accents aside': {claim: 'member', memberName: 'AREA METROPOLITANA DE BARCELONA'},
    'a low-income member by name': {claim: 'not-sure', memberName: 'addis ababa city administration'},
    'a member the registry does not know': {claim: 'member', memberName: 'Atlantis City Council'},
    'not sure, naming no member': {claim: 'not-sure'},
    'a non-member naming a member': {claim: 'non-member', memberId: 'cairo'},
  } as const;
  const countries = ['ES', 'EG', 'ET'];
  const groups = [1, 2, 4];
  const langs: UiLanguage[] = ['en', 'fr', 'es', 'ar'];

  it('gives the same price, lines and notes for every claim × country × group, as special-fee places run out', async () => {
    let n = 0;
    for (const [label, membership] of Object.entries(claims)) {
      for (const country of countries) {
        for (const participants of groups) {
          n += 1;
          const lang = langs[n % langs.length]!;
          const what = `${label}, ${country}, ${participants} participant(s)`;
          const quoteResponse = await server.postJson('/v1/quotes', {editionId: DIPLOMA, country, membership, participants, lang});
          assert.equal(quoteResponse.status, 200, what);
          const quote = (await quoteResponse.json()) as Quote;
          const groupMembers = Array.from({length: participants - 1}, (_, i) => ({givenName: `Colleague${i}`, familyName: 'Test', email: `c${n}-${i}@example.org`}));
          const body = applicationBody(DIPLOMA, {membership, lang, ...(groupMembers.length ? {groupMembers} : {})}, {country, email: `parity${n}@example.org`});
          const response = await server.postJson('/v1/applications', body);
          assert.equal(response.status, 201, `${what}: ${await response.clone().text()}`);
          const receipt = (await response.json()) as ApplicationReceipt;
          assert.deepEqual(receipt.quote, quote, what);
          const stored = (await (await server.admin(`/v1/admin/applications/${receipt.id}`)).json()) as Application;
          assert.deepEqual(stored.quote, quote, what);
        }
      }
    }
  });

  it('notes, in the applicant’s language, a claimed membership the registry could not confirm — and only that', async () => {
    const price = async (membership: Claim, lang: UiLanguage) => {
      const quote = (await (await server.postJson('/v1/quotes', {editionId: DIPLOMA, country: 'ES', membership, lang})).json()) as Quote;
      const receipt = (await (await server.postJson('/v1/applications', applicationBody(DIPLOMA, {membership, lang}, {country: 'ES', email: `note-${lang}-${Math.random()}@example.org`}))).json()) as ApplicationReceipt;
      return {quote, receipt};
    };
    for (const lang of langs) {
      for (const membership of [{claim: 'member', memberName: 'Atlantis'}, {claim: 'not-sure'}] satisfies Claim[]) {
        const {quote, receipt} = await price(membership, lang);
        assert.equal(quote.total.amount, 66000);
        assert.ok(quote.notes.includes(unverifiedMembershipNote[lang]), `${lang} ${JSON.stringify(membership)}`);
        assert.ok(receipt.quote.notes.includes(unverifiedMembershipNote[lang]));
        assert.equal(receipt.membership, 'non-member');
      }
      for (const membership of [{claim: 'non-member'}, {claim: 'member', memberId: 'barcelona'}, {claim: 'member', memberId: 'in-arrears'}] satisfies Claim[]) {
        const {quote, receipt} = await price(membership, lang);
        assert.ok(!quote.notes.includes(unverifiedMembershipNote[lang]), JSON.stringify(membership));
        assert.ok(!receipt.quote.notes.includes(unverifiedMembershipNote[lang]));
      }
    }
    assert.notEqual(unverifiedMembershipNote.fr, unverifiedMembershipNote.en);
    assert.notEqual(unverifiedMembershipNote.es, unverifiedMembershipNote.en);
  });

  it('prices the member in arrears at the list price and the member up to date at half, in both routes', async () => {
    const quote = async (memberId: string) => ((await (await server.postJson('/v1/quotes', {editionId: 'quota-test-a', country: 'ES', membership: {claim: 'member', memberId}})).json()) as Quote).total.amount;
    assert.equal(await quote('in-arrears'), 66000);
    assert.equal(await quote('barcelona'), 33000);
  });

  it('refuses an unknown member id in both routes, naming membership.memberId', async () => {
    const membership: Claim = {claim: 'member', memberId: 'atlantis'};
    for (const response of [
      await server.postJson('/v1/quotes', {editionId: DIPLOMA, country: 'ES', membership}),
      await server.postJson('/v1/applications', applicationBody(DIPLOMA, {membership})),
    ]) {
      assert.equal(response.status, 422);
      const problem = (await response.json()) as {issues: {path: string}[]};
      assert.deepEqual(problem.issues.map((i) => i.path), ['membership.memberId']);
    }
  });
});
