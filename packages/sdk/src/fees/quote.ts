/**
 * The fee engine: prices an application from a fee schedule, explaining every rule.
 * @module
 */
import {parseWith} from '../errors.js';
import {incomeGroup} from '../income/index.js';
import {money, percentOf} from '../money.js';
import type {FeeRule, FeeSchedule} from '../schemas/fee-schedule.js';
import {FeeSchedule as FeeScheduleSchema} from '../schemas/fee-schedule.js';
import {pick} from '../text.js';
import {QuoteRequest as QuoteRequestSchema, type Quote, type QuoteLine, type QuotePart, type QuoteRequest} from '../schemas/quote.js';
import type {UiLanguage} from '../schemas/vocabulary.js';
import {defaultLabels, feeMessages, type FeeMessages} from './messages.js';

type Request = Required<Pick<QuoteRequest, 'date' | 'membership' | 'country'>> & {participants: number; category?: string | undefined};

interface Step {
  rule: FeeRule;
  label: string;
  applied: boolean;
  amount: number;
  reason: string;
}

/** The label of a fee rule in `lang`: its own label, else the default for its kind ("Member rate", …). */
export function ruleLabel(rule: FeeRule, lang: UiLanguage): string {
  return rule.label ? pick(rule.label, lang) : defaultLabels[lang][rule.kind];
}

/** Whether the income rule would grant a special fee, and the percent or the reason it does not. */
function incomeEligibility(rule: Extract<FeeRule, {kind: 'income-level'}>, schedule: FeeSchedule, request: Request, messages: FeeMessages):
  {eligible: true; percent: number; reason: (label: string) => string} | {eligible: false; reason: string} {
  if (rule.membersOnly && request.membership !== 'member') return {eligible: false, reason: messages.incomeMembersOnly()};
  const cls = schedule.incomeClassification;
  const group = incomeGroup(request.country, cls);
  if (group === null) return {eligible: false, reason: messages.incomeNotEconomy(request.country)};
  if (group === 'unclassified') return {eligible: false, reason: messages.incomeUnclassified(request.country, cls)};
  const percent = rule.percents[group];
  if (percent === undefined || percent === 0) return {eligible: false, reason: messages.incomeNoRate(request.country, group, cls)};
  return {eligible: true, percent, reason: (label) => messages.incomeApplied(label, percent, group, request.country, cls)};
}

/**
 * Applies the rules in order to one participant, each on the amount the previous ones left.
 * `specialFee` says whether this participant holds one of the special-fee places.
 */
function priceOne(schedule: FeeSchedule, request: Request, specialFee: boolean, lang: UiLanguage, messages: FeeMessages): {price: number; steps: Step[]} {
  let current = schedule.listPrice;
  const steps: Step[] = [];
  for (const rule of schedule.rules) {
    const label = ruleLabel(rule, lang);
    // The earlier rule wins: a rule is blocked by an applied rule that names it, or that it names.
    const blocker = steps.find((s) => s.applied && (s.rule.exclusiveWith?.includes(rule.id) || rule.exclusiveWith?.includes(s.rule.id)));
    let percent: number | undefined;
    let fixed: number | undefined;
    let reason: string;
    switch (rule.kind) {
      case 'membership':
        if (request.membership === 'member') {
          percent = rule.percent;
          reason = messages.memberApplied(label, rule.percent, rule.contributionsYear);
        } else {
          reason = request.membership === 'member-in-arrears' ? messages.memberInArrears(rule.contributionsYear) : messages.notMember();
        }
        break;
      case 'income-level': {
        const eligibility = incomeEligibility(rule, schedule, request, messages);
        if (!eligibility.eligible) reason = eligibility.reason;
        else if (!specialFee) reason = messages.incomeNoPlaces();
        else {
          percent = eligibility.percent;
          reason = eligibility.reason(label);
        }
        break;
      }
      case 'group':
        if (request.participants >= rule.minParticipants) {
          percent = rule.percent;
          reason = messages.groupApplied(label, rule.percent, request.participants);
        } else {
          reason = messages.groupTooSmall(rule.minParticipants);
        }
        break;
      case 'early-bird':
        if (request.date <= rule.lastDay) {
          percent = rule.percent;
          reason = messages.earlyApplied(label, rule.percent, rule.lastDay);
        } else {
          reason = messages.earlyOver(rule.lastDay);
        }
        break;
      case 'fixed-price':
        if (request.category === rule.category) {
          fixed = rule.price;
          reason = messages.fixedApplied(label, money(rule.price, schedule.currency));
        } else {
          reason = messages.fixedNotInCategory(label);
        }
        break;
    }
    const qualifies = percent !== undefined || fixed !== undefined;
    if (qualifies && blocker) {
      steps.push({rule, label, applied: false, amount: 0, reason: messages.exclusive(blocker.label)});
      continue;
    }
    // A fixed price never raises what earlier rules already lowered.
    const amount = percent !== undefined ? percentOf(current, percent) : fixed !== undefined ? Math.max(0, current - fixed) : 0;
    current -= amount;
    steps.push({rule, label, applied: qualifies, amount, reason});
  }
  return {price: current, steps};
}

function line(step: Step, amount: number, currency: string, reason = step.reason): QuoteLine {
  return {rule: step.rule.id, kind: step.rule.kind, label: step.label, applied: step.applied, amount: money(amount, currency), reason};
}

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
  const valid = parseWith(FeeScheduleSchema, schedule, 'Fee schedule');
  const input = parseWith(QuoteRequestSchema, request, 'Quote request');
  const lang = input.lang ?? 'en';
  const messages = feeMessages(lang);
  const participants = input.participants ?? 1;
  const req: Request = {date: input.date, membership: input.membership, country: input.country, participants, category: input.category};
  const {currency} = valid;

  const incomeRule = valid.rules.find((r) => r.kind === 'income-level');
  const placesLeft = input.specialFeePlacesLeft ?? incomeRule?.quota ?? Number.POSITIVE_INFINITY;
  const withFee = priceOne(valid, req, true, lang, messages);
  const holdsSpecialFee = withFee.steps.some((s) => s.rule.kind === 'income-level' && s.applied);
  const specialFeePlaces = holdsSpecialFee ? Math.min(participants, placesLeft) : 0;

  // Participants 1..specialFeePlaces get the special fee; the rest pay without it.
  const groups: {first: number; last: number; priced: ReturnType<typeof priceOne>}[] = [];
  if (specialFeePlaces > 0) groups.push({first: 1, last: specialFeePlaces, priced: withFee});
  if (specialFeePlaces < participants) {
    groups.push({first: specialFeePlaces + 1, last: participants, priced: holdsSpecialFee ? priceOne(valid, req, false, lang, messages) : withFee});
  }

  const parts: QuotePart[] = groups.map(({first, last, priced}) => {
    const count = last - first + 1;
    return {
      first,
      last,
      count,
      perParticipant: money(priced.price, currency),
      subtotal: money(priced.price * count, currency),
      lines: priced.steps.map((s) => line(s, s.amount, currency)),
    };
  });

  const lines: QuoteLine[] = valid.rules.map((rule, i) => {
    const steps = groups.map((g) => g.priced.steps[i]!);
    const amount = groups.reduce((sum, g, j) => sum + steps[j]!.amount * (g.last - g.first + 1), 0);
    const first = steps[0]!;
    const same = steps.every((s) => s.reason === first.reason);
    const reason = same ? first.reason : messages.parts(groups.map((g, j) => ({first: g.first, last: g.last, reason: steps[j]!.reason})));
    return {...line(first, amount, currency, reason), applied: steps.some((s) => s.applied)};
  });

  const notes: string[] = [];
  if (incomeRule?.quota !== undefined && holdsSpecialFee) notes.push(messages.quotaNote(incomeRule.quota));
  if (holdsSpecialFee && specialFeePlaces < participants) notes.push(messages.splitNote(specialFeePlaces, participants));

  const total = parts.reduce((sum, p) => sum + p.subtotal.amount, 0);
  return {
    scheduleId: valid.id,
    currency,
    date: input.date,
    participants,
    listPrice: money(valid.listPrice, currency),
    perParticipant: parts[parts.length - 1]!.perParticipant,
    total: money(total, currency),
    lines,
    parts,
    specialFeePlaces,
    notes,
  };
}
