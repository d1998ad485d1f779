/**
 * The words of quotes and refunds: what every language provides, and English. French, Spanish
 * and Arabic are in modules of their own (`messages-fr.ts`, `messages-es.ts`, `messages-ar.ts`), so a page in one
 * language downloads one. Amounts, percentages, dates and country names are formatted by
 * `Intl` in the same language.
 * @module
 */
import {formatDay as day} from '../dates.js';
import {cached} from '../intl-cache.js';
import {formatMoney, formatPercent} from '../money.js';
import {plural} from '../plural.js';
import type {Reason} from './engine.js';
import {labels} from './labels/en.js';
import type {FeeRuleKind} from '../schemas/fee-schedule.js';
import type {IncomeGroup, UiLanguage} from '../schemas/vocabulary.js';


/** The country's name in `lang` (its code where `Intl` has none). @internal */
export function country(code: string, lang: UiLanguage): string {
  try {
    return cached(`regions:${lang}`, () => new Intl.DisplayNames([lang], {type: 'region'})).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "participant 2", "participants 1–3", in the words given for one and for several. @internal */
export function participantRange(first: number, last: number, [one, several]: readonly [string, string]): string {
  return first === last ? `${one} ${first}` : `${several} ${first}–${last}`;
}

/** The text with its first letter in upper case. @internal */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const incomeGroupNames: Record<IncomeGroup, string> = {low: 'a low-income', 'lower-middle': 'a lower-middle-income', 'upper-middle': 'an upper-middle-income', high: 'a high-income', unclassified: 'an unclassified'};
const participants = ['participant', 'participants'] as const;


type ReasonSentences = {
  [C in Reason['code']]: (reason: Extract<Reason, {code: C}>, label: string, lang: UiLanguage) => string;
};

/** Every sentence the engine writes, per language. @internal */
export interface FeeMessages {
  /** The default label of each kind of rule, for a rule without its own. */
  labels: Readonly<Record<FeeRuleKind, string>>;
  /** Why a rule applies or not; `label` is the rule's label (for `exclusive`: the other rule's). */
  reasons: ReasonSentences;
  parts(pieces: {first: number; last: number; reason: string}[]): string;
  quotaNote(quota: number): string;
  splitNote(special: number, participants: number): string;
  refundBefore(cancelledOn: string, cutoff: string, days: number, percent: number): string;
  refundNoneAccepted(cancelledOn: string, cutoff: string, days: number): string;
  refundNothing(cancelledOn: string, cutoff: string, days: number): string;
  refundNoPolicy(accepted: boolean): string;
}

const lang = 'en';
const daysBefore = (days: number) => plural(lang, days, {one: '# day', other: '# days'});
/** The words of quotes and refunds in English. @internal */
export const feeMessagesEn: FeeMessages = {
  labels,
  reasons: {
    member: (r, label) => `${label}: ${formatPercent(r.percent, lang)} for Metropolis members up to date with ${r.year ? `${r.year} ` : 'their '}contributions`,
    'member-in-arrears': (r) => `No member rate: membership contributions${r.year ? ` for ${r.year}` : ''} are not up to date`,
    'not-member': () => 'No member rate: not a Metropolis member',
    income: (r, label) => `${label}: ${formatPercent(r.percent, lang)} for ${incomeGroupNames[r.group]} economy (${country(r.country, lang)}, World Bank ${r.classification})`,
    'income-members-only': () => 'No special fee: for Metropolis members up to date with their contributions only',
    'income-not-economy': (r) => `No special fee: ${country(r.country, lang)} is not a World Bank economy`,
    'income-unclassified': (r) => `No special fee: the World Bank leaves ${country(r.country, lang)} unclassified (${r.classification})`,
    'income-no-rate': (r) => `No special fee for ${incomeGroupNames[r.group]} economy (${country(r.country, lang)}, World Bank ${r.classification})`,
    'income-no-places': () => 'No special fee: no places left',
    group: (r, label) => `${label}: ${formatPercent(r.percent, lang)} for ${plural(lang, r.participants, {one: '# participant', other: '# participants'})} from the same organization`,
    'group-too-small': (r) => `No group discount: it needs ${plural(lang, r.minParticipants, {one: '# participant', other: '# or more participants'})} from the same organization`,
    'early-bird': (r, label) => `${label}: ${formatPercent(r.percent, lang)} for applications on or before ${day(r.lastDay, lang)}`,
    'early-bird-over': (r) => `No early bird discount: the offer ended on ${day(r.lastDay, lang)}`,
    'fixed-price': (r, label) => `${label}: ${formatMoney(r.price, lang)}`,
    'not-in-category': (r, label) => `Not applicable: not in the category “${label}”`,
    exclusive: (r, other) => `Not combined with “${other}”`,
  },
  parts: (pieces) => pieces.map((p) => `${capitalize(participantRange(p.first, p.last, participants))}: ${p.reason}`).join('. '),
  quotaNote: (quota) => `Special fees are subject to availability: ${plural(lang, quota, {one: '# place', other: '# places'})} per edition in total.`,
  splitNote: (special, n) => special === 0
    ? 'No special-fee places are left.'
    : `${plural(lang, special, {one: 'Only # special-fee place is', other: 'Only # special-fee places are'})} left: ${participantRange(1, special, participants)} of ${n} ${plural(lang, special, {one: 'gets', other: 'get'})} it.`,
  refundBefore: (on, cutoff, days, p) => `Cancelled on ${day(on, lang)}, before ${day(cutoff, lang)} (${daysBefore(days)} before the start): ${formatPercent(p, lang)} of the amount paid is refunded. Bank fees are the participant’s.`,
  refundNoneAccepted: (on, cutoff, days) => `Not accepted: no cancellation is accepted from ${day(cutoff, lang)} (${daysBefore(days)} before the start); the request is dated ${day(on, lang)}.`,
  refundNothing: (on, cutoff, days) => `Cancelled on ${day(on, lang)}, from ${day(cutoff, lang)} (${daysBefore(days)} before the start) on: nothing is refunded.`,
  refundNoPolicy: (accepted) => (accepted ? 'This schedule refunds nothing on cancellation.' : 'This schedule accepts no cancellation.'),
};

/**
 * The sentence for `reason`, in the messages' language. `label` is the rule's own label;
 * `labelOf` gives another rule's label (for exclusivity). @internal
 */
export function describeReason(messages: FeeMessages, reason: Reason, label: string, labelOf: (ruleId: string) => string, lang: UiLanguage): string {
  const sentence = messages.reasons[reason.code] as (r: Reason, label: string, lang: UiLanguage) => string;
  return sentence(reason, reason.code === 'exclusive' ? labelOf(reason.ruleId) : label, lang);
}
