/**
 * Fee schedules as data: list price, ordered discount rules, refund policy. Partners write their
 * own; the engine in `fees/` interprets them.
 * @module
 */
import {z} from '../zod.js';
import {CurrencyCode, Id, IsoDate, LocalizedText, MinorUnits, Percent, SourceRef} from './common.js';
import {problemFinders} from './refinements.js';
import {IncomeClassification} from './vocabulary.js';

/**
 * The fee schedule's cross-field check (unique rule ids, `exclusiveWith` naming other rules, a
 * fixed price within the list price, refund tiers in order). Named, so schema plans find it.
 * @internal
 */
export const feeScheduleConsistency = z.superRefine((schedule: {rules: unknown[]}, ctx) => {
  for (const problem of problemFinders.feeScheduleProblems(schedule)) ctx.addIssue({code: 'custom', ...problem});
});

const ruleBase = {
  /** Unique within the schedule; quote lines and `exclusiveWith` name rules by it. */
  id: Id,
  /** Shown on quote lines; a default label per kind is used when absent. */
  label: z.optional(LocalizedText),
  /** Ids of rules that may not apply together with this one; the earlier rule in order wins. */
  exclusiveWith: z.optional(z.array(Id)),
};

/** Discount for members of the association whose contributions are up to date. */
export const MembershipRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('membership'),
  percent: Percent,
  /** The contributions year that must be paid for the rate, e.g. 2024. Informational. */
  contributionsYear: z.optional(z.int().check(z.minimum(1900), z.maximum(2200))),
});

/** Special fee by the World Bank income group of the participant's country, for a limited number of places. */
export const IncomeLevelRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('income-level'),
  /** Percent off per income group; groups not listed get nothing. */
  percents: z.strictObject({
    low: z.optional(Percent),
    'lower-middle': z.optional(Percent),
    'upper-middle': z.optional(Percent),
    high: z.optional(Percent),
  }),
  /** Places at the special fee per edition, in total; absent means no limit. */
  quota: z.optional(z.int().check(z.minimum(0))),
  /** Whether only members up to date with their contributions qualify. */
  membersOnly: z.boolean(),
});

/** Discount for each participant when an organization registers several together. */
export const GroupRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('group'),
  percent: Percent,
  /** Participants from the same organization needed for the discount (at least 2). */
  minParticipants: z.int().check(z.minimum(2)),
});

/** Discount for applications on or before a day. */
export const EarlyBirdRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('early-bird'),
  percent: Percent,
  /** Last day of the offer, inclusive, in the edition's time zone. */
  lastDay: IsoDate,
});

/** A named category (e.g. partner staff) that pays a set price. */
export const FixedPriceRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('fixed-price'),
  /** The category a quote request names to get this price. */
  category: Id,
  /** The price in minor units; never above the list price. */
  price: MinorUnits,
});

/** One rule of a fee schedule. */
export const FeeRule = z.discriminatedUnion('kind', [MembershipRule, IncomeLevelRule, GroupRule, EarlyBirdRule, FixedPriceRule]);
/** One rule of a fee schedule. */
export type FeeRule = z.infer<typeof FeeRule>;
/** The kinds of fee rule. */
export type FeeRuleKind = FeeRule['kind'];

/** One step of a refund policy. */
export const RefundTier = z.strictObject({
  /** Cancellations received before the day this many calendar days before the start get `percent`. */
  daysBeforeStart: z.int().check(z.minimum(0)),
  /** Share of the amount paid that is refunded. */
  percent: Percent,
});

/** What happens to cancellations: refund tiers and the rule after the last one. */
export const RefundPolicy = z.strictObject({
  /** From the earliest cutoff to the latest; the first tier whose cutoff is not reached applies. */
  tiers: z.array(RefundTier),
  /** After the last cutoff: the cancellation is refused, or accepted with nothing refunded. */
  afterLastTier: z.enum(['not-accepted', 'no-refund']),
  /** Conditions in words (how to cancel, when refunds are paid, who pays bank fees). */
  terms: z.optional(z.array(LocalizedText)),
});
/** A refund policy. */
export type RefundPolicy = z.infer<typeof RefundPolicy>;

/**
 * A fee schedule: everything needed to price an application and a cancellation, as data.
 * Rules apply in order, each on the amount the previous ones left.
 */
export const FeeSchedule = z.strictObject({
  id: Id,
  currency: CurrencyCode,
  /** Price before any rule, in minor units. */
  listPrice: MinorUnits,
  /** The World Bank classification income-level rules read. */
  incomeClassification: IncomeClassification,
  rules: z.array(FeeRule),
  refundPolicy: RefundPolicy,
  /** Published remarks shown with the fee table (e.g. "early bird discounts may apply"). */
  notes: z.optional(z.array(LocalizedText)),
  sources: z.optional(z.array(SourceRef)),
}).check(feeScheduleConsistency);
/** A fee schedule. */
export type FeeSchedule = z.infer<typeof FeeSchedule>;
