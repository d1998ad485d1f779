/**
 * The checks of the schemas that zod cannot express by itself, as named plain functions: the
 * zod schemas call them, and so does the zod-free plan checker (`plan/plan.ts`), which finds
 * them here by name. A refinement written inline in a schema could not be planned.
 * @internal
 * @module
 */
import {isIsoDate, isTimeZone} from '../dates.js';
import {isCountryCode} from '../income/countries.js';

const languageTag = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** Control characters: C0 (NUL, tab, line breaks…), DEL and C1. */
const controlInLine = /[\0-\x1f\x7f-\x9f]/;
/** The same, but tab and line breaks, which multi-line text keeps. */
const controlInText = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
/** An unpaired UTF-16 surrogate (in `u` mode a pair is one code point, never matched). */
const loneSurrogate = /\p{Cs}/u;

/** A problem a cross-field check finds: where, what, and the value it is about. */
export interface Problem {
  readonly path: PropertyKey[];
  readonly message: string;
  readonly input: unknown;
}

/** A fee schedule as far as its cross-field check reads it. */
interface ScheduleShape {
  listPrice: number;
  rules: {id: string; kind: string; exclusiveWith?: string[]; price?: number}[];
  refundPolicy: {tiers: {daysBeforeStart: number}[]};
}

/**
 * What a fee schedule's fields cannot say one by one: rule ids are unique, `exclusiveWith`
 * names other rules of the schedule, a fixed price is not above the list price, refund tiers
 * go from the most days before the start to the fewest.
 */
function feeScheduleProblems(schedule: ScheduleShape): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  schedule.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) problems.push({path: ['rules', i, 'id'], message: `repeats the id of rules[${ids.get(rule.id)}]`, input: rule.id});
    else ids.set(rule.id, i);
  });
  schedule.rules.forEach((rule, i) => {
    rule.exclusiveWith?.forEach((other, j) => {
      if (!ids.has(other) || other === rule.id) problems.push({path: ['rules', i, 'exclusiveWith', j], message: 'names no other rule of this schedule', input: other});
    });
    if (rule.kind === 'fixed-price' && rule.price! > schedule.listPrice) {
      problems.push({path: ['rules', i, 'price'], message: 'must not be above the list price', input: rule.price});
    }
  });
  schedule.refundPolicy.tiers.forEach((tier, i, tiers) => {
    const previous = tiers[i - 1];
    if (previous && tier.daysBeforeStart >= previous.daysBeforeStart) {
      problems.push({path: ['refundPolicy', 'tiers', i, 'daysBeforeStart'], message: 'must be fewer days than the tier before it', input: tier.daysBeforeStart});
    }
  });
  return problems;
}

/** Yes/no checks of one value, by name. */
export const refinements = {
  isIsoDate,
  isTimeZone,
  isCountryCode,
  /** 8, 12.5, 33.33: percentages the engine turns into whole basis points exactly. */
  hasAtMostTwoDecimals: (value: number) => Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
  /** Every key of a localized text is a BCP 47 language tag. */
  hasLanguageTagKeys: (text: object) => Object.keys(text).every((key) => languageTag.test(key)),
  /** One line of text: no control character (NUL, tab, line breaks…), which databases refuse or search breaks on. */
  hasNoControlInLine: (text: string) => !controlInLine.test(text),
  /** Multi-line text: no control character but tab and line breaks. */
  hasNoControlInText: (text: string) => !controlInText.test(text),
  /** No unpaired surrogate: text that is valid Unicode, so PostgreSQL can store and search it. */
  isWellFormedText: (text: string) => !loneSurrogate.test(text),
};

/** Rewritings of one value, by name (zod `overwrite` checks the plans can run). */
export const transforms = {
  /** Unicode NFC: "é" typed as e + accent and as one character compare and search the same. */
  toNfc: (text: string) => text.normalize('NFC'),
};

/** Checks across fields, each listing every problem it finds, by name. */
export const problemFinders = {
  feeScheduleProblems: (value: unknown) => feeScheduleProblems(value as ScheduleShape),
};
