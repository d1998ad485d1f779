/**
 * The pricing core: applies a schedule's rules to one participant and says why each applies or
 * not, as data. Words are added by `quote()` (see messages.ts); `priceRange()` needs none, so
 * a page that shows only prices does not download the sentences.
 * @module
 */
import {incomeGroup} from '../income/index.js';
import {percentOf} from '../money.js';
import type {Money} from '../schemas/common.js';
import type {FeeRule, FeeSchedule} from '../schemas/fee-schedule.js';
import type {IncomeGroup, MembershipStatus} from '../schemas/vocabulary.js';

/** Why a rule applies to a participant or not, with what a sentence needs. @internal */
export type Reason =
  | {code: 'member'; percent: number; year: number | undefined}
  | {code: 'member-in-arrears'; year: number | undefined}
  | {code: 'not-member'}
  | {code: 'income'; percent: number; group: IncomeGroup; country: string; classification: string}
  | {code: 'income-members-only'}
  | {code: 'income-not-economy'; country: string}
  | {code: 'income-unclassified'; country: string; classification: string}
  | {code: 'income-no-rate'; group: IncomeGroup; country: string; classification: string}
  | {code: 'income-no-places'}
  | {code: 'group'; percent: number; participants: number}
  | {code: 'group-too-small'; minParticipants: number}
  | {code: 'early-bird'; percent: number; lastDay: string}
  | {code: 'early-bird-over'; lastDay: string}
  | {code: 'fixed-price'; price: Money}
  | {code: 'not-in-category'}
  | {code: 'exclusive'; ruleId: string};

/** A validated request, as the engine reads it. @internal */
export interface PricingRequest {
  date: string;
  membership: MembershipStatus;
  country: string;
  participants: number;
  category?: string | undefined;
}

/** How one rule bore on one participant's price. @internal */
export interface Step {
  rule: FeeRule;
  applied: boolean;
  /** Discount in minor units. */
  amount: number;
  reason: Reason;
}

/** The discount a rule would give on `current`, or why it gives none. */
function evaluate(rule: FeeRule, schedule: FeeSchedule, request: PricingRequest, specialFee: boolean, current: number): {amount?: number; reason: Reason} {
  switch (rule.kind) {
    case 'membership':
      if (request.membership === 'member') return {amount: percentOf(current, rule.percent), reason: {code: 'member', percent: rule.percent, year: rule.contributionsYear}};
      return {reason: request.membership === 'member-in-arrears' ? {code: 'member-in-arrears', year: rule.contributionsYear} : {code: 'not-member'}};
    case 'income-level': {
      if (rule.membersOnly && request.membership !== 'member') return {reason: {code: 'income-members-only'}};
      const classification = schedule.incomeClassification;
      const {country} = request;
      const group = incomeGroup(country, classification);
      if (group === null) return {reason: {code: 'income-not-economy', country}};
      if (group === 'unclassified') return {reason: {code: 'income-unclassified', country, classification}};
      const percent = rule.percents[group];
      if (!percent) return {reason: {code: 'income-no-rate', group, country, classification}};
      if (!specialFee) return {reason: {code: 'income-no-places'}};
      return {amount: percentOf(current, percent), reason: {code: 'income', percent, group, country, classification}};
    }
    case 'group':
      if (request.participants >= rule.minParticipants) return {amount: percentOf(current, rule.percent), reason: {code: 'group', percent: rule.percent, participants: request.participants}};
      return {reason: {code: 'group-too-small', minParticipants: rule.minParticipants}};
    case 'early-bird':
      if (request.date <= rule.lastDay) return {amount: percentOf(current, rule.percent), reason: {code: 'early-bird', percent: rule.percent, lastDay: rule.lastDay}};
      return {reason: {code: 'early-bird-over', lastDay: rule.lastDay}};
    case 'fixed-price':
      // A fixed price never raises what earlier rules already lowered.
      if (request.category === rule.category) return {amount: Math.max(0, current - rule.price), reason: {code: 'fixed-price', price: {amount: rule.price, currency: schedule.currency}}};
      return {reason: {code: 'not-in-category'}};
  }
}

/**
 * Applies the rules in order to one participant, each on the amount the previous ones left.
 * `specialFee` says whether this participant holds one of the special-fee places. A rule that
 * would apply is blocked by an earlier applied rule that names it in `exclusiveWith`, or that
 * it names. @internal
 */
export function priceParticipant(schedule: FeeSchedule, request: PricingRequest, specialFee: boolean): {price: number; steps: Step[]} {
  let current = schedule.listPrice;
  const steps: Step[] = [];
  for (const rule of schedule.rules) {
    const {amount, reason} = evaluate(rule, schedule, request, specialFee, current);
    const blocker = amount === undefined ? undefined : steps.find((s) => s.applied && (s.rule.exclusiveWith?.includes(rule.id) || rule.exclusiveWith?.includes(s.rule.id)));
    if (blocker) {
      steps.push({rule, applied: false, amount: 0, reason: {code: 'exclusive', ruleId: blocker.rule.id}});
    } else {
      current -= amount ?? 0;
      steps.push({rule, applied: amount !== undefined, amount: amount ?? 0, reason});
    }
  }
  return {price: current, steps};
}
