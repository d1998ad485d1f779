/**
 * What the fee calculator needs once it has a schedule: the schedule's validation, the fee and
 * refund engine and the income groups — from the SDK's light entry, which validates with the
 * zod schemas' plans rather than zod (same rules and field issues, about 9 KB gzip less on a
 * partner's page). Loaded once per page, on first use, so the calculator shows its loading
 * state at once.
 * @module
 */
import {checkFeeSchedule, type FeeSchedule, type FieldIssue} from '@metropolis-training/sdk/light';

export {incomeGroup, quote, refund, refundTimeline} from '@metropolis-training/sdk/light';

/** A validated schedule, or every problem found in it. */
export function checkSchedule(input: unknown): {schedule: FeeSchedule} | {issues: readonly FieldIssue[]} {
  const result = checkFeeSchedule(input);
  return 'value' in result ? {schedule: result.value} : result;
}
