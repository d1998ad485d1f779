/**
 * A fee schedule as the rows of a fee table: what each rule means for one participant, priced
 * by the engine. Data only — no sentences — so a page that shows the table does not download
 * the quote's explanations; the elements word the rows in the reader's language.
 * @module
 */
import {z} from '../zod.js';
import {parseWith} from '../errors.js';
import {incomeGroup} from '../income/index.js';
import {money} from '../money.js';
import {IsoDate, type Money} from '../schemas/common.js';
import {FeeSchedule as FeeScheduleSchema, type FeeRule, type FeeSchedule} from '../schemas/fee-schedule.js';
import type {IncomeGroup} from '../schemas/vocabulary.js';
import {priceParticipant, type PricingRequest} from './engine.js';
import {representativeCountries} from './price-range.js';

/**
 * What one participant pays where a rule applies, by membership standing. A price is present
 * only when the rule applies to that participant: the member rate has no `nonMember` price, a
 * special fee for members only has no `nonMember` price, a rule blocked by `exclusiveWith` for
 * members has no `member` price.
 */
export interface FeeTablePrices {
  /** A participant who is not a member (a member behind with contributions pays the same). */
  nonMember?: Money;
  /** A member up to date with contributions (the membership rule applies to them too). */
  member?: Money;
}

/** The list price: what a participant no rule applies to pays. */
export interface FeeTableListRow {
  kind: 'list';
  price: Money;
}

/** A `membership` rule: the member rate. */
export interface FeeTableMembershipRow {
  kind: 'membership';
  ruleId: string;
  percent: number;
  contributionsYear: number | undefined;
  /** `member`: the member rate (330.00 for the Diploma). */
  prices: FeeTablePrices;
}

/** One World Bank income group of an `income-level` rule. */
export interface FeeTableIncomeGroup {
  group: Exclude<IncomeGroup, 'unclassified'>;
  percent: number;
  /** With a special-fee place (for members, after the member rate: 0.00 and 165.00 for the Diploma). */
  prices: FeeTablePrices;
}

/** An `income-level` rule: the special fee, one entry per income group it names, in World Bank order. */
export interface FeeTableIncomeRow {
  kind: 'income-level';
  ruleId: string;
  /** Places at the special fee per edition, in total; undefined: no limit. */
  quota: number | undefined;
  membersOnly: boolean;
  groups: FeeTableIncomeGroup[];
}

/** A `group` rule: each participant of a group of `minParticipants` from one organization. */
export interface FeeTableGroupRow {
  kind: 'group';
  ruleId: string;
  percent: number;
  minParticipants: number;
  /** 607.20 and 303.60 for the Diploma. */
  prices: FeeTablePrices;
}

/** An `early-bird` rule, priced for an application on its last day. */
export interface FeeTableEarlyBirdRow {
  kind: 'early-bird';
  ruleId: string;
  percent: number;
  lastDay: string;
  /** Whether the offer is over on the table's date (the date is after `lastDay`). */
  ended: boolean;
  prices: FeeTablePrices;
}

/** A `fixed-price` rule: what a participant of its category pays. */
export interface FeeTableFixedPriceRow {
  kind: 'fixed-price';
  ruleId: string;
  category: string;
  /** The rule's price, before the rules around it. */
  fixedPrice: Money;
  prices: FeeTablePrices;
}

/** One row of a fee table: the list price, or one rule of the schedule. */
export type FeeTableRow = FeeTableListRow | FeeTableMembershipRow | FeeTableIncomeRow | FeeTableGroupRow | FeeTableEarlyBirdRow | FeeTableFixedPriceRow;

const incomeGroups = ['low', 'lower-middle', 'upper-middle', 'high'] as const;
// A day after every early bird: rows other than the early birds' do not include them.
const AFTER_EVERY_OFFER = '9999-12-31';
const TableRequest = z.strictObject({date: IsoDate});

/**
 * The rows of `schedule`'s fee table on `date` (a day in the edition's time zone): the list
 * price first, then one row per rule in the schedule's order, each priced per participant by
 * the same engine as `quote()`.
 *
 * Each rule's row prices a single participant whom that rule concerns and no other rule does,
 * unless it must: a participant from a country no income rule names, alone, in no category, on
 * a day no early bird covers — then, for the row's rule, in its group, from a country of each
 * income group, in its category, or on the early bird's last day. Members also get the member
 * rate where the schedule has one, as they would in a quote, so the rows stack as the rules do:
 * for the Diploma, 660.00; member 330.00; special fee 0.00 (low income) and 165.00 (middle
 * income), members only, 3 places; group of 2 or more, 8 %: 607.20 non-member, 303.60 member.
 * Special-fee prices assume a place is left (none when the quota is 0).
 *
 * `date` only decides whether each early bird has `ended`.
 * @throws ValidationError when the schedule fails its schema or `date` is not a date.
 */
export function feeTable(schedule: FeeSchedule, date: string): FeeTableRow[] {
  const valid = parseWith(FeeScheduleSchema, schedule, 'Fee schedule');
  const input = parseWith(TableRequest, {date}, 'Fee table request');
  const countryOf = new Map<IncomeGroup | null, string>();
  for (const country of representativeCountries(valid.incomeClassification)) countryOf.set(incomeGroup(country, valid.incomeClassification), country);
  // A country no income rule can name (outside the World Bank's list, else unclassified).
  const neutral = countryOf.get(null) ?? countryOf.get('unclassified')!;

  const pricesFor = (rule: FeeRule, change: Partial<PricingRequest>, specialFee = false): FeeTablePrices => {
    const prices: FeeTablePrices = {};
    for (const [key, membership] of [['nonMember', 'non-member'], ['member', 'member']] as const) {
      const {price, steps} = priceParticipant(valid, {date: AFTER_EVERY_OFFER, membership, country: neutral, participants: 1, ...change}, specialFee);
      if (steps.find((step) => step.rule.id === rule.id)?.applied) prices[key] = money(price, valid.currency);
    }
    return prices;
  };

  const rows: FeeTableRow[] = [{kind: 'list', price: money(valid.listPrice, valid.currency)}];
  for (const rule of valid.rules) {
    const ruleId = rule.id;
    switch (rule.kind) {
      case 'membership':
        rows.push({kind: 'membership', ruleId, percent: rule.percent, contributionsYear: rule.contributionsYear, prices: pricesFor(rule, {})});
        break;
      case 'income-level': {
        const placeLeft = rule.quota === undefined || rule.quota > 0;
        const groups: FeeTableIncomeGroup[] = [];
        for (const group of incomeGroups) {
          const percent = rule.percents[group];
          const country = countryOf.get(group);
          if (percent && country) groups.push({group, percent, prices: pricesFor(rule, {country}, placeLeft)});
        }
        rows.push({kind: 'income-level', ruleId, quota: rule.quota, membersOnly: rule.membersOnly, groups});
        break;
      }
      case 'group':
        rows.push({kind: 'group', ruleId, percent: rule.percent, minParticipants: rule.minParticipants, prices: pricesFor(rule, {participants: rule.minParticipants})});
        break;
      case 'early-bird':
        rows.push({kind: 'early-bird', ruleId, percent: rule.percent, lastDay: rule.lastDay, ended: input.date > rule.lastDay, prices: pricesFor(rule, {date: rule.lastDay})});
        break;
      case 'fixed-price':
        rows.push({kind: 'fixed-price', ruleId, category: rule.category, fixedPrice: money(rule.price, valid.currency), prices: pricesFor(rule, {category: rule.category})});
        break;
    }
  }
  return rows;
}
