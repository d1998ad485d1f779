/**
 * `@metropolis-training/sdk/light`: the fee and refund engine for pages that count their bytes
 * (a partner's page with only a fee calculator). `quote`, `refund` and `refundTimeline` behave
 * exactly as the SDK's own, and `checkFeeSchedule` as `checkWith(FeeSchedule, …)`: the same
 * rules, values and field issues. They validate with the zod schemas' plans (data generated from
 * the schemas, checked by a small interpreter) instead of zod itself, which saves about 9 KB
 * gzip; a test compares both on thousands of mutated inputs.
 * @module
 */
import type {FieldIssue} from './errors.js';
import {priceQuote} from './fees/quote.js';
import {refundOf, type RefundResult} from './fees/refund.js';
import {loadedFeeMessages} from './fees/words.js';
import {timelineOf, type RefundTimelineStep} from './fees/refund-timeline.js';
import {checkPlan, parsePlan} from './plan/plan.js';
import type {FeeSchedule} from './schemas/fee-schedule.js';
import {feeSchedulePlan, quoteRequestPlan, refundRequestPlan, timelineRequestPlan} from './schemas/plans.js';
import type {Quote, QuoteRequest} from './schemas/quote.js';
import type {RefundRequest} from './schemas/refund-request.js';

/** The request types once validated, as the engine takes them. */
type QuoteInput = Parameters<typeof priceQuote>[1];
type RefundInput = Parameters<typeof refundOf>[1];

export {incomeGroup} from './income/index.js';
export {loadFeeMessages} from './fees/words.js';
export {plural, type PluralForms} from './plural.js';
export type {FeeMessages} from './fees/messages.js';
export {ValidationError, type FieldIssue} from './errors.js';
export type {FeeSchedule} from './schemas/fee-schedule.js';

/** A fee schedule, validated (texts trimmed), or every bad field (as `checkWith(FeeSchedule, input)`). */
export function checkFeeSchedule(input: unknown): {value: FeeSchedule} | {issues: FieldIssue[]} {
  return checkPlan<FeeSchedule>(feeSchedulePlan, input);
}

/**
 * The SDK's `quote`: what an application costs under `schedule`, every rule explained. In
 * French or Spanish once `loadFeeMessages(lang)` has resolved.
 * @throws ValidationError naming each bad field of the schedule or the request; Error when the
 * request's language is not loaded.
 */
export function quote(schedule: FeeSchedule, request: QuoteRequest): Quote {
  const input = parsePlan<QuoteInput>(quoteRequestPlan, request, 'Quote request');
  return priceQuote(parsePlan(feeSchedulePlan, schedule, 'Fee schedule'), input, loadedFeeMessages(input.lang ?? 'en'));
}

/**
 * The SDK's `refund`: what a cancellation received on `cancelledOn` gets, in a loaded language.
 * @throws ValidationError naming each bad field of the schedule or the request; Error when the
 * request's language is not loaded.
 */
export function refund(schedule: FeeSchedule, request: RefundRequest): RefundResult {
  const valid = parsePlan<FeeSchedule>(feeSchedulePlan, schedule, 'Fee schedule');
  const input = parsePlan<RefundInput>(refundRequestPlan, request, 'Refund request');
  return refundOf(valid, input, loadedFeeMessages(input.lang ?? 'en'));
}

/**
 * The SDK's `refundTimeline`: the refund policy as dated steps for an edition starting on `start`.
 * @throws ValidationError when the schedule fails its schema or `start` is not a date.
 */
export function refundTimeline(schedule: FeeSchedule, start: string): RefundTimelineStep[] {
  const valid = parsePlan<FeeSchedule>(feeSchedulePlan, schedule, 'Fee schedule');
  return timelineOf(valid.refundPolicy, parsePlan<{start: string}>(timelineRequestPlan, {start}, 'Refund timeline request').start);
}
