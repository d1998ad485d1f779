/**
 * The engine's public `quote` and `refund`: each validates its input against the zod schemas,
 * naming every bad field, then computes with the zod-free engine (`quote.ts`, `refund.ts`) in
 * the request's language. `checked-timeline.ts` has `refundTimeline`, apart, so that a page
 * stating the policy downloads no sentence. The light entry (`light.ts`) has the same functions
 * validated by schema plans instead.
 * @module
 */
import {parseWith} from '../errors.js';
import {FeeSchedule as FeeScheduleSchema, type FeeSchedule} from '../schemas/fee-schedule.js';
import {QuoteRequest as QuoteRequestSchema, type Quote, type QuoteRequest} from '../schemas/quote.js';
import {RefundRequest as RefundRequestSchema, type RefundRequest} from '../schemas/refund-request.js';
import type {UiLanguage} from '../schemas/vocabulary.js';
import {feeMessagesEn, type FeeMessages} from './messages.js';
import {feeMessagesAr} from './messages-ar.js';
import {feeMessagesEs} from './messages-es.js';
import {feeMessagesFr} from './messages-fr.js';
import {priceQuote} from './quote.js';
import {refundOf, type RefundResult} from './refund.js';

/** Every language's words: the full SDK answers in any of them at once. */
const words: Record<UiLanguage, FeeMessages> = {en: feeMessagesEn, fr: feeMessagesFr, es: feeMessagesEs, ar: feeMessagesAr};

/**
 * Prices an application under `schedule`.
 *
 * Rules apply in the schedule's order, each on the amount left by the previous ones, each
 * discount rounded half-up to the minor unit. Every rule gets a line, applied or not, with the
 * reason in words. When fewer special-fee places are left than participants, the first ones get
 * it and the quote prices them in a separate part.
 *
 * @param schedule A fee schedule (validated here).
 * @param request Who applies, when, from where, how many.
 * @throws ValidationError naming each bad field of the schedule or the request.
 */
export function quote(schedule: FeeSchedule, request: QuoteRequest): Quote {
  const input = parseWith(QuoteRequestSchema, request, 'Quote request');
  return priceQuote(parseWith(FeeScheduleSchema, schedule, 'Fee schedule'), input, words[input.lang ?? 'en']);
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
  const input = parseWith(RefundRequestSchema, request, 'Refund request');
  return refundOf(valid, input, words[input.lang ?? 'en']);
}
