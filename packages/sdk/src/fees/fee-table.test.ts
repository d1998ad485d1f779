import {assert} from 'chai';
import {feeTable} from './fee-table.js';
import {quote} from './checked.js';
import {diplomaSchedule, scheduleWith} from '../test-support/schedules.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});

describe('feeTable', () => {
  it('the Diploma: 660.00; member 330.00; special fee 0.00 / 165.00 for members; group 607.20 / 303.60', () => {
    assert.deepEqual(feeTable(diplomaSchedule(), '2025-09-15'), [
      {kind: 'list', price: eur(66000)},
      {kind: 'membership', ruleId: 'member-rate', percent: 50, contributionsYear: 2024, prices: {member: eur(33000)}},
      {
        kind: 'income-level',
        ruleId: 'income-special-fee',
        quota: 3,
        membersOnly: true,
        groups: [
          {group: 'low', percent: 100, prices: {member: eur(0)}},
          {group: 'lower-middle', percent: 50, prices: {member: eur(16500)}},
          {group: 'upper-middle', percent: 50, prices: {member: eur(16500)}},
        ],
      },
      {kind: 'group', ruleId: 'group', percent: 8, minParticipants: 2, prices: {nonMember: eur(60720), member: eur(30360)}},
    ]);
  });

  it('prices each row as quote() prices that participant', () => {
    const schedule = diplomaSchedule();
    const date = '2025-09-15';
    assert.equal(quote(schedule, {date, membership: 'member', country: 'ET'}).perParticipant.amount, 0);
    assert.equal(quote(schedule, {date, membership: 'member', country: 'EG'}).perParticipant.amount, 16500);
    assert.equal(quote(schedule, {date, membership: 'member', country: 'BR'}).perParticipant.amount, 16500);
    assert.equal(quote(schedule, {date, membership: 'non-member', country: 'ES', participants: 2}).perParticipant.amount, 60720);
    assert.equal(quote(schedule, {date, membership: 'member', country: 'ES', participants: 2}).perParticipant.amount, 30360);
  });

  it('a special fee open to everyone has non-member prices; a quota of 0 prices nobody', () => {
    const open = scheduleWith([{id: 'income', kind: 'income-level', percents: {low: 100, high: 10}, membersOnly: false}]);
    assert.deepEqual(feeTable(open, '2025-01-01')[1], {
      kind: 'income-level',
      ruleId: 'income',
      quota: undefined,
      membersOnly: false,
      groups: [
        {group: 'low', percent: 100, prices: {nonMember: eur(0), member: eur(0)}},
        {group: 'high', percent: 10, prices: {nonMember: eur(9000), member: eur(9000)}},
      ],
    });
    const none = scheduleWith([{id: 'income', kind: 'income-level', percents: {low: 100}, quota: 0, membersOnly: false}]);
    assert.deepEqual(feeTable(none, '2025-01-01')[1], {kind: 'income-level', ruleId: 'income', quota: 0, membersOnly: false, groups: [{group: 'low', percent: 100, prices: {}}]});
  });

  it('early birds are priced on their last day, each other row without them; ended after it', () => {
    const schedule = scheduleWith([
      {id: 'early', kind: 'early-bird', percent: 20, lastDay: '2025-06-30'},
      {id: 'member', kind: 'membership', percent: 50},
    ]);
    const [, early, member] = feeTable(schedule, '2025-06-30');
    assert.deepEqual(early, {kind: 'early-bird', ruleId: 'early', percent: 20, lastDay: '2025-06-30', ended: false, prices: {nonMember: eur(8000), member: eur(4000)}});
    assert.deepEqual(member, {kind: 'membership', ruleId: 'member', percent: 50, contributionsYear: undefined, prices: {member: eur(5000)}});
    assert.include(feeTable(schedule, '2025-07-01')[1], {ended: true});
  });

  it('fixed prices for their category, after the rules before them', () => {
    const schedule = scheduleWith([
      {id: 'member', kind: 'membership', percent: 50},
      {id: 'speaker', kind: 'fixed-price', category: 'speaker', price: 6000},
    ]);
    // A member already pays 50.00, under the 60.00 fixed price: the rule applies and changes nothing.
    assert.deepEqual(feeTable(schedule, '2025-01-01')[2], {kind: 'fixed-price', ruleId: 'speaker', category: 'speaker', fixedPrice: eur(6000), prices: {nonMember: eur(6000), member: eur(5000)}});
  });

  it('leaves out the prices of participants a rule is blocked for by exclusiveWith', () => {
    const schedule = scheduleWith([
      {id: 'member', kind: 'membership', percent: 50},
      {id: 'group', kind: 'group', percent: 10, minParticipants: 3, exclusiveWith: ['member']},
    ]);
    assert.deepEqual(feeTable(schedule, '2025-01-01')[2], {kind: 'group', ruleId: 'group', percent: 10, minParticipants: 3, prices: {nonMember: eur(9000)}});
  });

  it('a schedule with no rules is its list price', () => {
    assert.deepEqual(feeTable(scheduleWith([], 4200), '2025-01-01'), [{kind: 'list', price: eur(4200)}]);
  });

  it('refuses a schedule that fails its schema, or a date that is not one', () => {
    const broken = scheduleWith([]) as any;
    broken.listPrice = 12.5;
    assert.deepEqual(rejectedPaths(() => feeTable(broken, '2025-01-01')), ['listPrice']);
    assert.deepEqual(rejectedPaths(() => feeTable(scheduleWith([]), 'today')), ['date']);
  });
});
