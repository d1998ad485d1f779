/**
 * What refunds and refund timelines are asked for.
 * @module
 */
import {z} from '../zod.js';
import {IsoDate, Money} from './common.js';
import {UiLanguage} from './vocabulary.js';

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

/** What a refund timeline is asked for. @internal */
export const TimelineRequest = z.strictObject({start: IsoDate});
