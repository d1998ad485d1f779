/**
 * Refunds on cancellation, from a schedule's refund policy.
 * @module
 */
import {z} from '../zod.js';
import {parseWith, ValidationError} from '../errors.js';
import {money, percentOf} from '../money.js';
import {IsoDate, Money} from '../schemas/common.js';
import {FeeSchedule as FeeScheduleSchema, type FeeSchedule} from '../schemas/fee-schedule.js';
import {UiLanguage} from '../schemas/vocabulary.js';
import {feeMessages} from './messages.js';
import {lastDayForRefundOf, tierCutoff, timelineOf} from './refund-timeline.js';

/** What a refund is asked for. */
export const RefundRequest = z.strictObject({
  /** First day of the edition, in its time zone. */
  start: IsoDate,
  /** Day the written cancellation was received, in the edition's time zone. */
  cancelledOn: IsoDate,
  /** What the participant paid. */
  paid: Money,
  /** Language of the reason; default English. */
  lang: z.optional(UiLanguage),
});
/** What a refund is asked for. */
export type RefundRequest = z.input<typeof RefundRequest>;

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

/**
 * What a cancellation received on `cancelledOn` gets under the schedule's refund policy.
 *
 * A tier of `daysBeforeStart: 30` covers cancellations received before the day 30 calendar days
 * before the start (for a start on 17 November: up to and including 17 October). From the last
 * tier's day on, the policy's `afterLastTier` applies: refused, or accepted with no refund.
 *
 * @throws ValidationError naming each bad field of the schedule or the request, including a
 * payment in another currency than the schedule's.
 */
export function refund(schedule: FeeSchedule, request: RefundRequest): RefundResult {
  const valid = parseWith(FeeScheduleSchema, schedule, 'Fee schedule');
  const input = parseWith(RefundRequest, request, 'Refund request');
  if (input.paid.currency !== valid.currency) {
    throw new ValidationError('Refund request', [{path: 'paid.currency', code: 'custom', message: `must be the schedule's currency, ${valid.currency}`}]);
  }
  const messages = feeMessages(input.lang ?? 'en');
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
