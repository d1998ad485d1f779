import {assert} from 'chai';
import {addDays} from '../dates.js';
import {refund} from './checked.js';
import {refundTimeline} from './checked-timeline.js';
import type {RefundTimelineStep} from './refund-timeline.js';
import {diplomaSchedule, scheduleWith} from '../test-support/schedules.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';

/** What the timeline says of a cancellation received on `day`. */
function fromTimeline(steps: RefundTimelineStep[], day: string): {accepted: boolean; percent: number} {
  for (const step of steps) {
    if ('until' in step) {
      if (day <= step.until) return {accepted: true, percent: step.percent};
    } else if (!step.from || day >= step.from) {
      return {accepted: step.outcome === 'no-refund', percent: 0};
    }
  }
  throw new Error(`the timeline says nothing of ${day}`);
}

describe('refundTimeline', () => {
  it('the Diploma: 75 % until 17 October 2025, none accepted from 18 October', () => {
    assert.deepEqual(refundTimeline(diplomaSchedule(), '2025-11-17'), [
      {until: '2025-10-17', percent: 75},
      {from: '2025-10-18', outcome: 'not-accepted'},
    ]);
  });

  it('one window per tier, earliest first, then what follows the last one', () => {
    const schedule = scheduleWith([]);
    schedule.refundPolicy = {tiers: [{daysBeforeStart: 60, percent: 100}, {daysBeforeStart: 14, percent: 50}], afterLastTier: 'no-refund'};
    assert.deepEqual(refundTimeline(schedule, '2025-11-17'), [
      {until: '2025-09-17', percent: 100},
      {until: '2025-11-02', percent: 50},
      {from: '2025-11-03', outcome: 'no-refund'},
    ]);
  });

  it('a tier of 0 days covers cancellations up to the day before the start', () => {
    const schedule = scheduleWith([]);
    schedule.refundPolicy = {tiers: [{daysBeforeStart: 0, percent: 50}], afterLastTier: 'not-accepted'};
    assert.deepEqual(refundTimeline(schedule, '2026-03-01'), [
      {until: '2026-02-28', percent: 50},
      {from: '2026-03-01', outcome: 'not-accepted'},
    ]);
  });

  it('a policy without tiers is its outcome alone, whatever the day', () => {
    const schedule = scheduleWith([]);
    schedule.refundPolicy = {tiers: [], afterLastTier: 'no-refund'};
    assert.deepEqual(refundTimeline(schedule, '2025-11-17'), [{outcome: 'no-refund'}]);
  });

  it('agrees with refund() on every day around the cutoffs', () => {
    const policies = [
      diplomaSchedule().refundPolicy,
      {tiers: [{daysBeforeStart: 60, percent: 100}, {daysBeforeStart: 14, percent: 50}, {daysBeforeStart: 7, percent: 0}], afterLastTier: 'no-refund' as const},
      {tiers: [], afterLastTier: 'not-accepted' as const},
    ];
    const start = '2026-01-10';
    for (const refundPolicy of policies) {
      const schedule = {...scheduleWith([]), refundPolicy};
      const steps = refundTimeline(schedule, start);
      for (let offset = -80; offset <= 5; offset++) {
        const day = addDays(start, offset);
        const r = refund(schedule, {start, cancelledOn: day, paid: {amount: 10_000, currency: 'EUR'}});
        assert.deepEqual(fromTimeline(steps, day), {accepted: r.accepted, percent: r.percent}, `${JSON.stringify(refundPolicy.tiers)} on ${day}`);
      }
    }
  });

  it('refuses a schedule that fails its schema, or a start that is not a date', () => {
    const broken = scheduleWith([]) as any;
    broken.refundPolicy.afterLastTier = 'maybe';
    assert.deepEqual(rejectedPaths(() => refundTimeline(broken, '2025-11-17')), ['refundPolicy.afterLastTier']);
    assert.deepEqual(rejectedPaths(() => refundTimeline(scheduleWith([]), '2025-11-31')), ['start']);
  });
});
