import {assert} from 'chai';
import {refund} from './checked.js';
import {diplomaSchedule, scheduleWith} from '../test-support/schedules.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';

const paid = {amount: 66000, currency: 'EUR'};
const diploma = diplomaSchedule();
const cancel = (cancelledOn: string, schedule = diploma, amount = paid) => refund(schedule, {start: '2025-11-17', cancelledOn, paid: amount});

describe('refund', () => {
  it('refunds 75 % of 660.00 (495.00) for a cancellation on 17 October 2025', () => {
    const r = cancel('2025-10-17');
    assert.deepEqual(r, {
      accepted: true,
      percent: 75,
      refund: {amount: 49500, currency: 'EUR'},
      lastDayForRefund: '2025-10-17',
      reason: 'Cancelled on 17 October 2025, before 18 October 2025 (30 days before the start): 75% of the amount paid is refunded. Bank fees are the participant’s.',
    });
  });

  it('does not accept a cancellation on 18 October 2025, 30 days before the start, or later', () => {
    for (const day of ['2025-10-18', '2025-11-16', '2025-11-17', '2025-12-01']) {
      const r = cancel(day);
      assert.isFalse(r.accepted, day);
      assert.equal(r.refund.amount, 0);
      assert.equal(r.percent, 0);
    }
    assert.match(cancel('2025-10-18').reason, /^Not accepted: no cancellation is accepted from 18 October 2025/);
  });

  it('refunds on what was paid, e.g. the member rate', () => {
    assert.equal(cancel('2025-09-01', diploma, {amount: 33000, currency: 'EUR'}).refund.amount, 24750);
    assert.equal(cancel('2025-09-01', diploma, {amount: 0, currency: 'EUR'}).refund.amount, 0);
    // 75 % of 0.01 is 0.0075: rounded half-up to 0.01, never above what was paid.
    assert.equal(cancel('2025-09-01', diploma, {amount: 1, currency: 'EUR'}).refund.amount, 1);
  });

  it('walks several tiers, and may accept late cancellations without refund', () => {
    const schedule = scheduleWith([]);
    schedule.refundPolicy = {tiers: [{daysBeforeStart: 60, percent: 100}, {daysBeforeStart: 14, percent: 50}], afterLastTier: 'no-refund'};
    assert.equal(cancel('2025-09-17', schedule).percent, 100);
    assert.equal(cancel('2025-09-18', schedule).percent, 50);
    assert.equal(cancel('2025-11-02', schedule).percent, 50);
    const late = cancel('2025-11-03', schedule);
    assert.deepEqual([late.accepted, late.percent, late.refund.amount], [true, 0, 0]);
    assert.equal(late.lastDayForRefund, '2025-11-02');
  });

  it('the last day for a refund is the last tier that refunds something, even when a 0 % tier follows', () => {
    const schedule = scheduleWith([]);
    schedule.refundPolicy = {tiers: [{daysBeforeStart: 60, percent: 100}, {daysBeforeStart: 14, percent: 0}], afterLastTier: 'not-accepted'};
    assert.equal(cancel('2025-09-01', schedule).lastDayForRefund, '2025-09-17');
    assert.equal(cancel('2025-11-01', schedule).lastDayForRefund, '2025-09-17');
  });

  it('a policy without tiers refunds nothing', () => {
    const schedule = scheduleWith([]);
    schedule.refundPolicy = {tiers: [], afterLastTier: 'not-accepted'};
    const r = cancel('2025-01-01', schedule);
    assert.deepEqual([r.accepted, r.refund.amount, r.lastDayForRefund], [false, 0, null]);
  });

  it('speaks French and Spanish', () => {
    assert.match(refund(diploma, {start: '2025-11-17', cancelledOn: '2025-10-17', paid, lang: 'fr'}).reason, /^Annulation du 17 octobre 2025, avant le 18 octobre 2025/);
    assert.match(refund(diploma, {start: '2025-11-17', cancelledOn: '2025-10-18', paid, lang: 'es'}).reason, /^No aceptada/);
  });

  it('refuses bad requests, naming the field', () => {
    assert.deepEqual(rejectedPaths(() => refund(diploma, {start: '2025-11-31', cancelledOn: '2025-10-01', paid})), ['start']);
    assert.deepEqual(rejectedPaths(() => refund(diploma, {start: '2025-11-17', cancelledOn: 'yesterday', paid})), ['cancelledOn']);
    assert.deepEqual(rejectedPaths(() => refund(diploma, {start: '2025-11-17', cancelledOn: '2025-10-01', paid: {amount: -1, currency: 'EUR'}})), ['paid.amount']);
    assert.deepEqual(rejectedPaths(() => refund(diploma, {start: '2025-11-17', cancelledOn: '2025-10-01', paid: {amount: 660.5, currency: 'EUR'}})), ['paid.amount']);
    assert.deepEqual(rejectedPaths(() => refund(diploma, {start: '2025-11-17', cancelledOn: '2025-10-01', paid: {amount: 66000, currency: 'USD'}})), ['paid.currency']);
  });
});
