/**
 * The range of prices a schedule allows, for "from …" labels and fee tables.
 * @module
 */
import {parseWith} from '../errors.js';
import {COUNTRY_CODES, INCOME_GROUP_LETTERS} from '../income/data.js';
import {money} from '../money.js';
import type {Money} from '../schemas/common.js';
import {FeeSchedule as FeeScheduleSchema, type FeeSchedule} from '../schemas/fee-schedule.js';
import {MembershipStatus} from '../schemas/vocabulary.js';
import {priceParticipant} from './engine.js';

/** The lowest and highest price one participant can pay. */
export interface PriceRange {
  /** What the most favoured participant pays (e.g. a member from a low-income country). */
  lowest: Money;
  /** The list price: no rule ever raises a price. */
  highest: Money;
}

/** One country of each income group (and one outside the World Bank's list) in a classification. @internal */
export function representativeCountries(classification: keyof typeof INCOME_GROUP_LETTERS): string[] {
  const letters = INCOME_GROUP_LETTERS[classification];
  const seen = new Map<string, string>();
  for (let i = 0; i < letters.length; i++) if (!seen.has(letters[i]!)) seen.set(letters[i]!, COUNTRY_CODES.slice(i * 2, i * 2 + 2));
  return [...seen.values()];
}

/**
 * The lowest and highest price per participant that `schedule` allows on `date` (a day in the
 * edition's time zone): every membership standing, every income group, every group size and
 * category a rule names, with a special-fee place available.
 * @throws ValidationError when the schedule fails its schema.
 */
export function priceRange(schedule: FeeSchedule, date: string): PriceRange {
  return priceRangeOfParsed(parseWith(FeeScheduleSchema, schedule, 'Fee schedule'), date);
}

/**
 * `priceRange` of a schedule that has passed its schema already (one of a parsed catalog's):
 * the same prices without validating it again, which cost more than the pricing itself.
 * @internal
 */
export function priceRangeOfParsed(valid: FeeSchedule, date: string): PriceRange {
  const sizes = new Set([1, ...valid.rules.flatMap((r) => (r.kind === 'group' ? [r.minParticipants] : []))]);
  const categories = new Set<string | undefined>([undefined, ...valid.rules.flatMap((r) => (r.kind === 'fixed-price' ? [r.category] : []))]);
  let lowest = valid.listPrice;
  for (const membership of MembershipStatus.options) {
    for (const country of representativeCountries(valid.incomeClassification)) {
      for (const participants of sizes) {
        for (const category of categories) {
          const {price} = priceParticipant(valid, {date, membership, country, participants, category}, true);
          lowest = Math.min(lowest, price);
        }
      }
    }
  }
  return {lowest: money(lowest, valid.currency), highest: money(valid.listPrice, valid.currency)};
}
