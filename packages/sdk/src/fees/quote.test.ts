import {assert} from 'chai';
import {quote} from './checked.js';
import {ValidationError} from '../errors.js';
import {diplomaSchedule, scheduleWith} from '../test-support/schedules.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';
import type {QuoteRequest} from '../schemas/quote.js';

const day = '2025-09-15';
const diploma = diplomaSchedule();
const ask = (request: Partial<QuoteRequest>) => quote(diploma, {date: day, membership: 'non-member', country: 'ES', ...request});
const line = (q: ReturnType<typeof quote>, rule: string) => q.lines.find((l) => l.rule === rule)!;

describe('quote: the Diploma’s worked examples', () => {
  it('non-member pays the list price, 660.00 EUR', () => {
    const q = ask({});
    assert.deepEqual(q.total, {amount: 66000, currency: 'EUR'});
    assert.deepEqual(q.perParticipant, {amount: 66000, currency: 'EUR'});
    assert.isTrue(q.lines.every((l) => !l.applied && l.amount.amount === 0));
    assert.equal(line(q, 'member-rate').reason, 'No member rate: not a Metropolis member');
  });

  it('member pays 330.00 EUR, and the line says why', () => {
    const q = ask({membership: 'member'});
    assert.equal(q.total.amount, 33000);
    assert.equal(line(q, 'member-rate').reason, 'Member rate: 50% for Metropolis members up to date with 2024 contributions');
    assert.equal(line(q, 'income-special-fee').reason, 'No special fee for a high-income economy (Spain, World Bank FY2025)');
  });

  it('member in Egypt (lower-middle income) pays 165.00 EUR', () => {
    const q = ask({membership: 'member', country: 'EG'});
    assert.equal(q.total.amount, 16500);
    assert.deepEqual(q.lines.map((l) => l.amount.amount), [33000, 16500, 0]);
    assert.equal(q.specialFeePlaces, 1);
    assert.include(q.notes, 'Special fees are subject to availability: 3 places per edition in total.');
  });

  it('member in Ethiopia (low income in FY2025) pays nothing', () => {
    const q = ask({membership: 'member', country: 'ET'});
    assert.equal(q.total.amount, 0);
    assert.equal(line(q, 'income-special-fee').reason, 'Special fee: 100% for a low-income economy (Ethiopia, World Bank FY2025)');
  });

  it('non-member group of 3 in Spain pays 607.20 each, 1,821.60 in total', () => {
    const q = ask({participants: 3});
    assert.equal(q.perParticipant.amount, 60720);
    assert.equal(q.total.amount, 182160);
    assert.deepEqual(line(q, 'group').amount, {amount: 15840, currency: 'EUR'});
    assert.equal(line(q, 'group').reason, 'Group registration: 8% for 3 participants from the same organization');
    assert.lengthOf(q.parts, 1);
  });
});

describe('quote: rules', () => {
  it('membership: a member in arrears pays the list price and gets no special fee', () => {
    const q = ask({membership: 'member-in-arrears', country: 'ET'});
    assert.equal(q.total.amount, 66000);
    assert.equal(line(q, 'member-rate').reason, 'No member rate: membership contributions for 2024 are not up to date');
    assert.equal(line(q, 'income-special-fee').reason, 'No special fee: for Metropolis members up to date with their contributions only');
  });

  it('income level: upper-middle income gets 50 %, high income nothing', () => {
    assert.equal(ask({membership: 'member', country: 'BR'}).total.amount, 16500);
    assert.equal(ask({membership: 'member', country: 'FR'}).total.amount, 33000);
  });

  it('income level: the schedule’s classification decides (Ethiopia is unclassified in FY2026)', () => {
    const fy2026 = {...diplomaSchedule(), incomeClassification: 'FY2026' as const};
    const q = quote(fy2026, {date: day, membership: 'member', country: 'ET'});
    assert.equal(q.total.amount, 33000);
    assert.equal(line(q, 'income-special-fee').reason, 'No special fee: the World Bank leaves Ethiopia unclassified (FY2026)');
  });

  it('income level: unclassified (Venezuela) and non-World-Bank territories (Vatican) get no special fee', () => {
    const ve = ask({membership: 'member', country: 'VE'});
    assert.equal(ve.total.amount, 33000);
    assert.equal(line(ve, 'income-special-fee').reason, 'No special fee: the World Bank leaves Venezuela unclassified (FY2025)');
    const va = ask({membership: 'member', country: 'VA'});
    assert.equal(va.total.amount, 33000);
    assert.equal(line(va, 'income-special-fee').reason, 'No special fee: Vatican City is not a World Bank economy');
    assert.equal(va.specialFeePlaces, 0);
    assert.deepEqual(va.notes, []);
  });

  it('income level: open to non-members when the schedule says so', () => {
    const schedule = scheduleWith([{id: 'income', kind: 'income-level', percents: {low: 100, 'lower-middle': 40}, quota: 5, membersOnly: false}]);
    assert.equal(quote(schedule, {date: day, membership: 'non-member', country: 'EG'}).total.amount, 6000);
  });

  it('quota: when no places are left, nobody gets the special fee and the line says so', () => {
    const q = ask({membership: 'member', country: 'EG', specialFeePlacesLeft: 0});
    assert.equal(q.total.amount, 33000);
    assert.equal(line(q, 'income-special-fee').reason, 'No special fee: no places left');
    assert.equal(q.specialFeePlaces, 0);
  });

  it('quota: with fewer places than participants, the first ones get it and are priced apart', () => {
    const q = ask({membership: 'member', country: 'EG', participants: 3, specialFeePlacesLeft: 2});
    assert.deepEqual(q.parts.map((p) => [p.first, p.last, p.count, p.perParticipant.amount, p.subtotal.amount]), [
      [1, 2, 2, 15180, 30360],
      [3, 3, 1, 30360, 30360],
    ]);
    assert.equal(q.total.amount, 60720);
    assert.equal(q.specialFeePlaces, 2);
    assert.equal(line(q, 'income-special-fee').amount.amount, 33000);
    assert.match(line(q, 'income-special-fee').reason, /^Participants 1–2: Special fee: 50%.*\. Participant 3: No special fee: no places left$/);
    assert.include(q.notes, 'Only 2 special-fee places are left: participants 1–2 of 3 get it.');
  });

  it('quota: by default the rule’s whole quota is available', () => {
    const q = ask({membership: 'member', country: 'ET', participants: 5});
    assert.equal(q.specialFeePlaces, 3);
    assert.deepEqual(q.parts.map((p) => p.count), [3, 2]);
  });

  it('group: needs the minimum number of participants', () => {
    assert.equal(line(ask({participants: 1}), 'group').applied, false);
    assert.equal(line(ask({participants: 1}), 'group').reason, 'No group discount: it needs 2 or more participants from the same organization');
    assert.equal(line(ask({participants: 2}), 'group').applied, true);
    assert.equal(ask({participants: 2}).perParticipant.amount, 60720);
  });

  it('early bird: applies up to and including its last day', () => {
    const schedule = scheduleWith([{id: 'early', kind: 'early-bird', percent: 10, lastDay: '2025-09-30'}]);
    const on = (date: string) => quote(schedule, {date, membership: 'non-member', country: 'ES'});
    assert.equal(on('2025-09-29').total.amount, 9000);
    assert.equal(on('2025-09-30').total.amount, 9000);
    assert.equal(on('2025-09-30').lines[0]!.reason, 'Early bird: 10% for applications on or before 30 September 2025');
    assert.equal(on('2025-10-01').total.amount, 10000);
    assert.equal(on('2025-10-01').lines[0]!.reason, 'No early bird discount: the offer ended on 30 September 2025');
  });

  it('fixed price: the named category pays the set price, others the list price', () => {
    const schedule = scheduleWith([{id: 'partner', kind: 'fixed-price', category: 'partner-staff', price: 2500, label: {en: 'Partner staff'}}]);
    const q = quote(schedule, {date: day, membership: 'non-member', country: 'AU', category: 'partner-staff'});
    assert.equal(q.total.amount, 2500);
    assert.equal(q.lines[0]!.amount.amount, 7500);
    assert.equal(q.lines[0]!.reason, 'Partner staff: €25.00');
    const other = quote(schedule, {date: day, membership: 'non-member', country: 'AU'});
    assert.equal(other.total.amount, 10000);
    assert.equal(other.lines[0]!.reason, 'Not applicable: not in the category “Partner staff”');
  });

  it('fixed price never raises a price earlier rules lowered', () => {
    const schedule = scheduleWith([
      {id: 'member', kind: 'membership', percent: 90},
      {id: 'partner', kind: 'fixed-price', category: 'partner', price: 5000},
    ]);
    assert.equal(quote(schedule, {date: day, membership: 'member', country: 'AU', category: 'partner'}).total.amount, 1000);
  });

  it('exclusive rules: the earlier applied rule wins, whichever side names the other', () => {
    const rules = (exclusiveOnFirst: boolean) => scheduleWith([
      {id: 'member', kind: 'membership', percent: 50, ...(exclusiveOnFirst ? {exclusiveWith: ['early']} : {})},
      {id: 'early', kind: 'early-bird', percent: 20, lastDay: '2025-12-31', ...(exclusiveOnFirst ? {} : {exclusiveWith: ['member']})},
    ]);
    for (const onFirst of [true, false]) {
      const q = quote(rules(onFirst), {date: day, membership: 'member', country: 'ES'});
      assert.equal(q.total.amount, 5000);
      assert.deepEqual(q.lines.map((l) => l.applied), [true, false]);
      assert.equal(q.lines[1]!.reason, 'Not combined with “Member rate”');
      // When the first does not apply, the second is free to.
      assert.equal(quote(rules(onFirst), {date: day, membership: 'non-member', country: 'ES'}).total.amount, 8000);
    }
  });

  it('rounds each discount half-up to the cent, on the amount left by the rule before', () => {
    // 50 % of 0.01 is half a cent: rounded up to 0.01.
    assert.equal(quote(scheduleWith([{id: 'm', kind: 'membership', percent: 50}], 1), {date: day, membership: 'member', country: 'ES'}).total.amount, 0);
    // 50 % of 0.03 = 0.015 → 0.02 off, 0.01 left.
    assert.equal(quote(scheduleWith([{id: 'm', kind: 'membership', percent: 50}], 3), {date: day, membership: 'member', country: 'ES'}).total.amount, 1);
    // 12.5 % of 1.00 = 0.125 → 0.13 off (half-up), not 0.12.
    assert.equal(quote(scheduleWith([{id: 'm', kind: 'membership', percent: 12.5}], 100), {date: day, membership: 'member', country: 'ES'}).lines[0]!.amount.amount, 13);
    // 33.33 % of 9.99 = 3.329667 → 3.33; no float drift from 33.33 × 100.
    assert.equal(quote(scheduleWith([{id: 'm', kind: 'membership', percent: 33.33}], 999), {date: day, membership: 'member', country: 'ES'}).lines[0]!.amount.amount, 333);
    // Sequential: 8 % of 330.00 after the member rate is 26.40, not 8 % of 660.00.
    assert.equal(ask({membership: 'member', participants: 2}).perParticipant.amount, 30360);
  });

  it('writes labels and reasons in French and Spanish', () => {
    const fr = ask({membership: 'member', country: 'EG', lang: 'fr'});
    assert.equal(line(fr, 'member-rate').label, 'Tarif membre');
    assert.equal(line(fr, 'member-rate').reason, 'Tarif membre : 50\u00a0% pour les membres de Metropolis à jour de leurs cotisations 2024');
    const es = ask({participants: 2, lang: 'es'});
    assert.equal(line(es, 'group').reason, 'Inscripción en grupo: 8\u00a0% para 2 participantes de la misma organización');
  });
});

describe('quote: invalid input', () => {
  it('refuses an unknown country code, in any case', () => {
    assert.deepEqual(rejectedPaths(() => ask({country: 'ZZ'})), ['country']);
    assert.deepEqual(rejectedPaths(() => ask({country: 'es'})), ['country']);
    assert.deepEqual(rejectedPaths(() => ask({country: 'ESP'})), ['country']);
  });

  it('refuses participants below 1 or not whole', () => {
    assert.deepEqual(rejectedPaths(() => ask({participants: 0})), ['participants']);
    assert.deepEqual(rejectedPaths(() => ask({participants: 1.5})), ['participants']);
    assert.deepEqual(rejectedPaths(() => ask({participants: '2' as any})), ['participants']);
  });

  it('refuses a malformed or impossible date', () => {
    for (const date of ['15/09/2025', '2025-9-15', '2025-02-29', '']) assert.deepEqual(rejectedPaths(() => ask({date})), ['date'], date);
  });

  it('refuses unknown membership values and fields', () => {
    assert.deepEqual(rejectedPaths(() => ask({membership: 'gold' as any})), ['membership']);
    assert.deepEqual(rejectedPaths(() => ask({price: 0} as any)), ['price']);
  });

  it('refuses a schedule that fails its schema, naming the bad fields', () => {
    const broken = diplomaSchedule() as any;
    broken.rules[1].quota = -1;
    broken.rules[2].percent = 108;
    try {
      quote(broken, {date: day, membership: 'member', country: 'EG'});
      assert.fail('expected a ValidationError');
    } catch (error) {
      assert.instanceOf(error, ValidationError);
      assert.match((error as Error).message, /^Fee schedule is invalid/);
      assert.sameMembers((error as ValidationError).issues.map((i) => i.path), ['rules[1].quota', 'rules[2].percent']);
    }
    const dangling = diplomaSchedule() as any;
    dangling.rules[0].exclusiveWith = ['no-such-rule'];
    assert.deepEqual(rejectedPaths(() => quote(dangling, {date: day, membership: 'member', country: 'EG'})), ['rules[0].exclusiveWith[0]']);
    const repeated = diplomaSchedule() as any;
    repeated.rules[2].id = 'member-rate';
    assert.deepEqual(rejectedPaths(() => quote(repeated, {date: day, membership: 'member', country: 'EG'})), ['rules[2].id']);
  });

  it('coerces nothing: a price given as a string is refused, not read', () => {
    const schedule = diplomaSchedule() as any;
    schedule.listPrice = '66000';
    assert.deepEqual(rejectedPaths(() => quote(schedule, {date: day, membership: 'member', country: 'EG'})), ['listPrice']);
  });
});
