/**
 * A refund policy as dated data, for pages that state it ("Cancellations received on or before
 * 17 October 2025 are refunded 75 % of the amount paid"). No sentences here: `refund()` words a
 * single cancellation, the elements word the timeline, so a page that shows the policy does
 * not download every explanation the engine can write.
 * @module
 */
import {z} from '../zod.js';
import {addDays, type IsoDate} from '../dates.js';
import {parseWith} from '../errors.js';
import {IsoDate as IsoDateSchema} from '../schemas/common.js';
import {FeeSchedule as FeeScheduleSchema, type FeeSchedule, type RefundPolicy} from '../schemas/fee-schedule.js';

/** A period in which cancellations are refunded a share of what was paid. */
export interface RefundWindow {
  /** Last day (inclusive, in the edition's time zone) on which a cancellation received gets `percent`. */
  until: IsoDate;
  /** Share of the amount paid that is refunded (0 to 100). */
  percent: number;
}

/** What happens to cancellations after the last refund window. */
export interface RefundAfterLastWindow {
  /**
   * First day (in the edition's time zone) on which `outcome` applies; absent when the policy
   * has no refund window at all, so `outcome` applies whenever the cancellation is received.
   */
  from?: IsoDate;
  /** `not-accepted`: cancellations are refused; `no-refund`: accepted, nothing refunded. */
  outcome: RefundPolicy['afterLastTier'];
}

/** One step of a refund timeline: a refund window, or what follows the last one. */
export type RefundTimelineStep = RefundWindow | RefundAfterLastWindow;

/**
 * The first day a tier no longer covers: `daysBeforeStart` calendar days before the start. A
 * tier covers cancellations received *before* this day. Shared with `refund()`. @internal
 */
export function tierCutoff(start: IsoDate, daysBeforeStart: number): IsoDate {
  return addDays(start, -daysBeforeStart);
}

/** The timeline of a validated policy. @internal */
export function timelineOf(policy: RefundPolicy, start: IsoDate): RefundTimelineStep[] {
  const steps: RefundTimelineStep[] = policy.tiers.map((tier) => ({until: addDays(tierCutoff(start, tier.daysBeforeStart), -1), percent: tier.percent}));
  const last = policy.tiers[policy.tiers.length - 1];
  steps.push(last ? {from: tierCutoff(start, last.daysBeforeStart), outcome: policy.afterLastTier} : {outcome: policy.afterLastTier});
  return steps;
}

/** The last day a cancellation still gets something back, or null when none does. @internal */
export function lastDayForRefundOf(steps: readonly RefundTimelineStep[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const step of steps) if ('until' in step && step.percent > 0) last = step.until;
  return last;
}

const TimelineRequest = z.strictObject({start: IsoDateSchema});

/**
 * The refund policy of `schedule` for an edition that starts on `start` (a day in its time
 * zone), as dated steps in order: one window per tier, `{until, percent}` (cancellations
 * received on or before `until` get `percent` of what was paid), then
 * `{from, outcome}` for everything after the last window.
 *
 * For the Diploma (start 17 November 2025, 75 % until 30 days before, then none accepted):
 * `[{until: '2025-10-17', percent: 75}, {from: '2025-10-18', outcome: 'not-accepted'}]`.
 * The days are the ones `refund()` uses; a policy without tiers gives `[{outcome}]` alone.
 *
 * @throws ValidationError when the schedule fails its schema or `start` is not a date.
 */
export function refundTimeline(schedule: FeeSchedule, start: IsoDate): RefundTimelineStep[] {
  const valid = parseWith(FeeScheduleSchema, schedule, 'Fee schedule');
  const input = parseWith(TimelineRequest, {start}, 'Refund timeline request');
  return timelineOf(valid.refundPolicy, input.start);
}
