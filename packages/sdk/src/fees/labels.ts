/**
 * Labels of fee rules: short, separate from the sentences so that a fee table does not pull in
 * every explanation the engine can write.
 * @module
 */
import type {FeeRule, FeeRuleKind} from '../schemas/fee-schedule.js';
import type {UiLanguage} from '../schemas/vocabulary.js';
import {pick} from '../text.js';
import {labels as ar} from './labels/ar.js';
import {labels as en} from './labels/en.js';
import {labels as es} from './labels/es.js';
import {labels as fr} from './labels/fr.js';

/** Default rule labels, used when a rule has none of its own. @internal */
export const defaultLabels: Record<UiLanguage, Readonly<Record<FeeRuleKind, string>>> = {en, fr, es, ar};

/** The label of `rule` in `lang`: its own, else `defaults` for its kind. @internal */
export function labelOf(rule: FeeRule, lang: UiLanguage, defaults: Readonly<Record<FeeRuleKind, string>>): string {
  return rule.label ? pick(rule.label, lang) : defaults[rule.kind];
}

/** The label of a fee rule in `lang`: its own label, else the default for its kind ("Member rate", …). */
export function ruleLabel(rule: FeeRule, lang: UiLanguage): string {
  return labelOf(rule, lang, defaultLabels[lang]);
}
