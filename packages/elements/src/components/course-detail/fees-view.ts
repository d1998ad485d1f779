/**
 * The fee table and the cancellation policy of `<metropolis-course-detail>`, in words: the SDK
 * computes the rows and the dates (feeTable, refundTimeline), this module only words them. The
 * element loads it on demand, so its first download stays small.
 * @module
 */
import {addDays, feeTable, formatDay, formatPercent, refundTimeline, ruleLabel, type FeeSchedule, type FeeTablePrices, type LocalizedText, type Money, type UiLanguage} from '@metropolis-training/sdk';
import type {CourseDetailMessages} from '../../localize/en/course-detail.js';
import {listOf} from '../../internal/edition-view.js';

/** One line of the fee table: a rate, who pays it, and the price. */
export interface FeeLine {
  rate: string;
  who: string;
  price: Money;
}

const sameAmount = (a: Money | undefined, b: Money | undefined) => a?.amount === b?.amount;

/**
 * The fee table's lines from the SDK's rows: one per price, "members" and "non-members" apart
 * when they differ, income groups with the same rate and prices together.
 */
export function feeLines(schedule: FeeSchedule, date: string, lang: UiLanguage, locale: string, m: CourseDetailMessages, notes: (string | LocalizedText)[]): FeeLine[] {
  const rows = feeTable(schedule, date);
  const lines: FeeLine[] = [];
  const percent = (p: number) => formatPercent(p, locale);
  const list = (items: string[]) => listOf(items, locale);
  const hasMembership = rows.some((row) => row.kind === 'membership');
  const add = (rate: string, prices: FeeTablePrices, who: (who: string) => string) => {
    const {nonMember, member} = prices;
    if (nonMember && sameAmount(nonMember, member)) {
      lines.push({rate, who: who(m.participants), price: nonMember});
      return;
    }
    if (nonMember) lines.push({rate, who: who(m.nonMembers), price: nonMember});
    if (member) lines.push({rate, who: who(m.members), price: member});
  };
  for (const row of rows) {
    if (row.kind === 'list') {
      lines.push({rate: m.listPriceLabel, who: hasMembership ? m.nonMembers : m.allParticipants, price: row.price});
      continue;
    }
    const rule = schedule.rules.find((r) => r.id === row.ruleId)!;
    const rate = ruleLabel(rule, lang);
    switch (row.kind) {
      case 'membership':
        if (row.prices.member) lines.push({rate, who: m.memberRate(percent(row.percent), row.contributionsYear), price: row.prices.member});
        break;
      case 'income-level': {
        const merged: {groups: string[]; percent: number; prices: FeeTablePrices}[] = [];
        for (const {group, percent: p, prices} of row.groups) {
          const last = merged[merged.length - 1];
          if (last && last.percent === p && sameAmount(last.prices.member, prices.member) && sameAmount(last.prices.nonMember, prices.nonMember)) last.groups.push(group);
          else merged.push({groups: [group], percent: p, prices});
        }
        for (const {groups, percent: p, prices} of merged) {
          const countries = groups.join() === 'lower-middle,upper-middle' ? m.incomeCountries.middle : list(groups.map((g) => m.incomeCountries[g as keyof typeof m.incomeCountries]));
          add(rate, prices, (who) => m.fromCountries(who, countries, percent(p)));
        }
        if (row.quota !== undefined && row.groups.some((g) => g.prices.member ?? g.prices.nonMember)) notes.push(m.quota(rate, row.quota));
        break;
      }
      case 'group':
        add(rate, row.prices, (who) => m.group(who, row.minParticipants, percent(row.percent)));
        break;
      case 'early-bird':
        if (!row.ended) add(rate, row.prices, (who) => m.earlyBird(who, formatDay(row.lastDay, locale), percent(row.percent)));
        break;
      case 'fixed-price':
        add(rate, row.prices, (who) => m.category(who));
        break;
    }
  }
  return lines;
}

/** The cancellation policy in sentences, and the last day a cancellation gets a refund. */
export function policyOf(schedule: FeeSchedule, start: string, locale: string, m: CourseDetailMessages): {policy: string[]; lastRefundDay: string | undefined} {
  const day = (d: string) => formatDay(d, locale);
  const policy: string[] = [];
  let from: string | undefined;
  let lastRefundDay: string | undefined;
  for (const step of refundTimeline(schedule, start)) {
    if ('until' in step) {
      const percent = formatPercent(step.percent, locale);
      policy.push(from ? m.refundBetween(day(from), day(step.until), percent) : m.refundFirst(day(step.until), percent));
      if (step.percent > 0) lastRefundDay = step.until;
      from = addDays(step.until, 1);
    } else if (step.from) {
      policy.push(step.outcome === 'not-accepted' ? m.notAcceptedFrom(day(step.from)) : m.noRefundFrom(day(step.from)));
    } else {
      policy.push(step.outcome === 'not-accepted' ? m.notAccepted : m.noRefund);
    }
  }
  return {policy, lastRefundDay};
}
