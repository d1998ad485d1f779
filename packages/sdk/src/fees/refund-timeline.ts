/**
 * A refund policy as dated data, for pages that state it ("Cancellations received on or before
 * 17 October 2025 are refunded 75 % of the amount paid"). No sentences here: `refund()` words a
 * single cancellation, the elements word the timeline, so a page that shows the policy does
 * not download every explanation the engine can write.
 * @module
 */
import {addDays, type IsoDate} from '../dates.js';
import type {RefundPolicy} from '../schemas/fee-schedule.js';

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
