/**
 * Quotes: the engine's prices with every rule explained in words, for input already validated.
 * No zod here (it validates in `checked.ts`), so a page can price without downloading it.
 * @module
 */
import type {z} from '../zod.js';
import {money} from '../money.js';
import type {FeeSchedule} from '../schemas/fee-schedule.js';
import type {Quote, QuoteLine, QuotePart, QuoteRequest as QuoteRequestSchema} from '../schemas/quote.js';
import type {UiLanguage} from '../schemas/vocabulary.js';
import {priceParticipant, type PricingRequest, type Step} from './engine.js';
import {labelOf as labelWith} from './labels.js';
import {describeReason, type FeeMessages} from './messages.js';

/**
 * `quote()` on a schedule and a request already validated (by zod in `checked.ts`, or by
 * their schema plans in `light.ts`), in `messages`, the words of `input.lang`. @internal
 */
export function priceQuote(valid: FeeSchedule, input: z.output<typeof QuoteRequestSchema>, messages: FeeMessages): Quote {
  const lang = input.lang ?? 'en';
  const participants = input.participants ?? 1;
  const req: PricingRequest = {date: input.date, membership: input.membership, country: input.country, participants, category: input.category};
  const {currency} = valid;
  const labels = new Map(valid.rules.map((rule) => [rule.id, labelWith(rule, lang, messages.labels)]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const sentence = (step: Step) => describeReason(messages, step.reason, labelOf(step.rule.id), labelOf, lang);

  const incomeRule = valid.rules.find((r) => r.kind === 'income-level');
  const placesLeft = input.specialFeePlacesLeft ?? incomeRule?.quota ?? Number.POSITIVE_INFINITY;
  const withFee = priceParticipant(valid, req, true);
  const holdsSpecialFee = withFee.steps.some((s) => s.rule.kind === 'income-level' && s.applied);
  const specialFeePlaces = holdsSpecialFee ? Math.min(participants, placesLeft) : 0;

  // Participants 1..specialFeePlaces get the special fee; the rest pay without it.
  const groups: {first: number; last: number; priced: ReturnType<typeof priceParticipant>; reasons: string[]}[] = [];
  const group = (first: number, last: number, priced: ReturnType<typeof priceParticipant>) => groups.push({first, last, priced, reasons: priced.steps.map(sentence)});
  if (specialFeePlaces > 0) group(1, specialFeePlaces, withFee);
  if (specialFeePlaces < participants) group(specialFeePlaces + 1, participants, holdsSpecialFee ? priceParticipant(valid, req, false) : withFee);

  const line = (step: Step, amount: number, reason: string, applied = step.applied): QuoteLine =>
    ({rule: step.rule.id, kind: step.rule.kind, label: labelOf(step.rule.id), applied, amount: money(amount, currency), reason});

  const parts: QuotePart[] = groups.map(({first, last, priced, reasons}) => {
    const count = last - first + 1;
    return {
      first,
      last,
      count,
      perParticipant: money(priced.price, currency),
      subtotal: money(priced.price * count, currency),
      lines: priced.steps.map((step, i) => line(step, step.amount, reasons[i]!)),
    };
  });

  const lines: QuoteLine[] = valid.rules.map((_, i) => {
    const steps = groups.map((g) => g.priced.steps[i]!);
    const reasons = groups.map((g) => g.reasons[i]!);
    const amount = groups.reduce((sum, g, j) => sum + steps[j]!.amount * (g.last - g.first + 1), 0);
    const same = reasons.every((r) => r === reasons[0]);
    const reason = same ? reasons[0]! : messages.parts(groups.map((g, j) => ({first: g.first, last: g.last, reason: reasons[j]!})));
    return line(steps[0]!, amount, reason, steps.some((s) => s.applied));
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
