/**
 * What the fee calculator needs once it has a schedule: validation of the schedule (zod, the
 * fee schedule's schema only), the fee and refund engine and the income groups. Loaded once per
 * page, on first use, so the calculator shows its loading state without waiting for zod.
 * @module
 */
import {checkWith, FeeSchedule, incomeGroup, quote, refund, refundTimeline, type FieldIssue} from '@metropolis-training/sdk';

export {incomeGroup, quote, refund, refundTimeline};

/** A validated schedule, or every problem found in it. */
export function checkSchedule(input: unknown): {schedule: FeeSchedule} | {issues: readonly FieldIssue[]} {
  const result = checkWith(FeeSchedule, input);
  return 'value' in result ? {schedule: result.value} : result;
}
