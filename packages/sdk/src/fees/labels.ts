/**
 * Labels of fee rules: short, separate from the sentences so that a fee table does not pull in
 * every explanation the engine can write.
 * @module
 */
import type {FeeRule, FeeRuleKind} from '../schemas/fee-schedule.js';
import type {UiLanguage} from '../schemas/vocabulary.js';
import {pick} from '../text.js';

/** Default rule labels, used when a rule has none of its own. @internal */
export const defaultLabels: Record<UiLanguage, Record<FeeRuleKind, string>> = {
  en: {membership: 'Member rate', 'income-level': 'Special fee', group: 'Group registration', 'early-bird': 'Early bird', 'fixed-price': 'Special price'},
  fr: {membership: 'Tarif membre', 'income-level': 'Tarif spécial', group: 'Inscription de groupe', 'early-bird': 'Inscription anticipée', 'fixed-price': 'Prix spécial'},
  es: {membership: 'Tarifa de miembro', 'income-level': 'Tarifa especial', group: 'Inscripción en grupo', 'early-bird': 'Inscripción anticipada', 'fixed-price': 'Precio especial'},
};

/** The label of a fee rule in `lang`: its own label, else the default for its kind ("Member rate", …). */
export function ruleLabel(rule: FeeRule, lang: UiLanguage): string {
  return rule.label ? pick(rule.label, lang) : defaultLabels[lang][rule.kind];
}
