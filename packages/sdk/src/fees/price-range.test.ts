import {assert} from 'chai';
import {priceRange, priceRangeOfParsed} from './price-range.js';
import {sampleCatalog} from '../catalog/index.js';
import {diplomaSchedule, scheduleWith} from '../test-support/schedules.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';

describe('priceRange', () => {
  it('the Diploma goes from 0.00 (member, low income) to the 660.00 list price', () => {
    assert.deepEqual(priceRange(diplomaSchedule(), '2025-09-15'), {lowest: {amount: 0, currency: 'EUR'}, highest: {amount: 66000, currency: 'EUR'}});
  });

  it('without the special fee, the member rate with a group is the lowest', () => {
    const schedule = diplomaSchedule();
    schedule.rules = schedule.rules.filter((r) => r.kind !== 'income-level');
    assert.equal(priceRange(schedule, '2025-09-15').lowest.amount, 30360);
  });

  it('counts an early bird only until its last day, and fixed prices for their category', () => {
    const schedule = scheduleWith([
      {id: 'early', kind: 'early-bird', percent: 20, lastDay: '2025-06-30'},
      {id: 'speaker', kind: 'fixed-price', category: 'speaker', price: 9500},
    ]);
    assert.equal(priceRange(schedule, '2025-06-30').lowest.amount, 8000);
    assert.equal(priceRange(schedule, '2025-07-01').lowest.amount, 9500);
  });

  it('a schedule with no rules costs its list price', () => {
    assert.deepEqual(priceRange(scheduleWith([], 4200), '2025-01-01'), {lowest: {amount: 4200, currency: 'EUR'}, highest: {amount: 4200, currency: 'EUR'}});
  });

  it('refuses a schedule that fails its schema', () => {
    const broken = scheduleWith([]) as any;
    broken.currency = 'euro';
    assert.deepEqual(rejectedPaths(() => priceRange(broken, '2025-01-01')), ['currency']);
  });

  it('priceRangeOfParsed gives every sample schedule the same range as priceRange, on every day of a year', () => {
    for (const schedule of sampleCatalog.feeSchedules) {
      for (let day = 0; day < 365; day += 7) {
        const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
        assert.deepEqual(priceRangeOfParsed(schedule, date), priceRange(schedule, date), `${schedule.id} on ${date}`);
      }
    }
  });
});
