/**
 * Refunds on cancellation, from a schedule's refund policy, for input already validated (no
 * zod here: it validates in `checked.ts`).
 * @module
 */
import type {z} from '../zod.js';
import {ValidationError} from '../errors.js';
import {money, percentOf} from '../money.js';
import type {Money} from '../schemas/common.js';
import type {FeeSchedule} from '../schemas/fee-schedule.js';
import type {RefundRequest as RefundRequestSchema} from '../schemas/refund-request.js';
import type {FeeMessages} from './messages.js';
import {lastDayForRefundOf, tierCutoff, timelineOf} from './refund-timeline.js';

/** The answer to a cancellation. */
export interface RefundResult {
  /** Whether the cancellation is accepted at all. */
  accepted: boolean;
  /** Share of the amount paid that is refunded. */
  percent: number;
  /** The amount refunded, never more than what was paid. */
  refund: Money;
  /** The last day a cancellation still gets a refund; null when the policy refunds nothing. */
  lastDayForRefund: string | null;
  /** Why, in words. */
  reason: string;
}

/** `refund()` on a schedule and a request already validated (by zod or by schema plans), in `messages`, the words of `input.lang`. @internal */
export function refundOf(valid: FeeSchedule, input: z.output<typeof RefundRequestSchema>, messages: FeeMessages): RefundResult {
  if (input.paid.currency !== valid.currency) {
    throw new ValidationError('Refund request', [{path: 'paid.currency', code: 'custom', message: `must be the schedule's currency, ${valid.currency}`}]);
  }
  const {tiers, afterLastTier} = valid.refundPolicy;
  const lastTier = tiers[tiers.length - 1];
  // The same days as the policy's timeline (refundTimeline), so a page and a refund never disagree.
  const lastDayForRefund = lastDayForRefundOf(timelineOf(valid.refundPolicy, input.start));
  const nothing = money(0, valid.currency);

  for (const tier of tiers) {
    const cutoff = tierCutoff(input.start, tier.daysBeforeStart);
    if (input.cancelledOn < cutoff) {
      return {
        accepted: true,
        percent: tier.percent,
        refund: money(Math.min(input.paid.amount, percentOf(input.paid.amount, tier.percent)), valid.currency),
        lastDayForRefund,
        reason: messages.refundBefore(input.cancelledOn, cutoff, tier.daysBeforeStart, tier.percent),
      };
    }
  }
  const accepted = afterLastTier === 'no-refund';
  let reason: string;
  if (!lastTier) reason = messages.refundNoPolicy(accepted);
  else {
    const cutoff = tierCutoff(input.start, lastTier.daysBeforeStart);
    reason = accepted
      ? messages.refundNothing(input.cancelledOn, cutoff, lastTier.daysBeforeStart)
      : messages.refundNoneAccepted(input.cancelledOn, cutoff, lastTier.daysBeforeStart);
  }
  return {accepted, percent: 0, refund: nothing, lastDayForRefund, reason};
}
