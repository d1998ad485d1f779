/**
 * Quotes: the price of an application, explained rule by rule.
 * @module
 */
import {z} from '../zod.js';
import {CountryCode, CurrencyCode, Id, IsoDate, Money} from './common.js';
import {MembershipStatus, UiLanguage} from './vocabulary.js';

/** What a quote is asked for: who applies, when, how many. */
export const QuoteRequest = z.strictObject({
  /** The day of the application, in the edition's time zone (`YYYY-MM-DD`). */
  date: IsoDate,
  membership: MembershipStatus,
  /** The participants' country (ISO 3166-1 alpha-2). */
  country: CountryCode,
  /** Participants from the same organization; default 1. */
  participants: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  /** Special-fee places still available for the edition; default: the rule's quota. */
  specialFeePlacesLeft: z.optional(z.int().check(z.minimum(0))),
  /** A `fixed-price` category the applicant belongs to, if any. */
  category: z.optional(Id),
  /** Language of labels and reasons; default English. */
  lang: z.optional(UiLanguage),
});
/** What a quote is asked for. */
export type QuoteRequest = z.input<typeof QuoteRequest>;

/** How one rule bears on the price. */
export const QuoteLine = z.strictObject({
  /** The rule's id. */
  rule: Id,
  kind: z.enum(['membership', 'income-level', 'group', 'early-bird', 'fixed-price']),
  label: z.string(),
  applied: z.boolean(),
  /** The discount this rule gives (0 when not applied), summed over the participants concerned. */
  amount: Money,
  /** Why the rule applies or not, in words. */
  reason: z.string(),
});
/** How one rule bears on the price. */
export type QuoteLine = z.infer<typeof QuoteLine>;

/** Participants priced alike: numbers `first` to `last` of the request. */
export const QuotePart = z.strictObject({
  first: z.int().check(z.minimum(1)),
  last: z.int().check(z.minimum(1)),
  count: z.int().check(z.minimum(1)),
  perParticipant: Money,
  subtotal: Money,
  /** Lines for one participant of this part. */
  lines: z.array(QuoteLine),
});
/** Participants priced alike. */
export type QuotePart = z.infer<typeof QuotePart>;

/** A priced, explained answer to a quote request. */
export const Quote = z.strictObject({
  scheduleId: Id,
  currency: CurrencyCode,
  date: IsoDate,
  participants: z.int().check(z.minimum(1)),
  listPrice: Money,
  /** What each participant pays; when parts differ, what the last part pays (see `parts`). */
  perParticipant: Money,
  total: Money,
  /** One line per rule of the schedule, amounts summed over all participants. */
  lines: z.array(QuoteLine),
  /** Participants grouped by price, in order; one part unless special-fee places run out. */
  parts: z.array(QuotePart),
  /** Participants who get the income-based special fee. */
  specialFeePlaces: z.int().check(z.minimum(0)),
  /** Remarks for the applicant, e.g. that special fees depend on availability. */
  notes: z.array(z.string()),
});
/** A priced, explained answer to a quote request. */
export type Quote = z.infer<typeof Quote>;
