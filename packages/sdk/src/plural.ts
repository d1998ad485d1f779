/**
 * Counted words in any language: the form comes from `Intl.PluralRules` (CLDR's rules, so
 * French "0 formation", English "0 courses", Arabic's six forms), the number from
 * `Intl.NumberFormat` (digits and grouping of the locale).
 * @module
 */
import {cached} from './intl-cache.js';

/**
 * The forms of one counted phrase: `other` always, the CLDR categories a language uses
 * (`zero`, `one`, `two`, `few`, `many`) where they differ; `#` stands for the formatted count.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

/**
 * The phrase for `count` in `locale`: `plural('en', 3, {one: '# course', other: '# courses'})` is
 * "3 courses"; a category the forms leave out reads `other`.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const category = cached(`plural:${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return (forms[category] ?? forms.other).replace('#', cached(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(count));
}
