/**
 * Picking a language out of localized catalog text.
 * @module
 */
import type {LocalizedText} from './schemas/common.js';

/**
 * The text in `lang`, else in its base language (`fr` for `fr-CA`), else in English.
 * Language tags are matched case-insensitively.
 */
export function pick(text: LocalizedText, lang: string | undefined): string {
  if (lang) {
    const wanted = lang.toLowerCase();
    const base = wanted.split('-')[0];
    let baseMatch: string | undefined;
    for (const [key, value] of Object.entries(text)) {
      const k = key.toLowerCase();
      if (k === wanted) return value;
      if (k === base) baseMatch = value;
    }
    if (baseMatch !== undefined) return baseMatch;
  }
  return text.en;
}

const languageTag = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Whether `value` has the shape of a {@link LocalizedText}: string values under language tags, English among them. */
function isLocalizedText(value: object): value is LocalizedText {
  const entries = Object.entries(value);
  return typeof (value as {en?: unknown}).en === 'string' && entries.every(([key, text]) => languageTag.test(key) && typeof text === 'string');
}

/**
 * `catalog` for a page in `lang`: every localized text keeps the English every reader falls
 * back to and, for another language, the text {@link pick} would choose for it (under `lang`),
 * nothing else. An English page downloads about two thirds of the three-language catalog's bytes;
 * the result still passes the catalog's schema, and an element shows it exactly as the full one.
 */
export function catalogInLanguage<T>(catalog: T, lang: string): T {
  const reduce = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reduce);
    if (value === null || typeof value !== 'object') return value;
    if (isLocalizedText(value)) {
      const chosen = pick(value, lang);
      return lang === 'en' || chosen === value.en ? {en: value.en} : {en: value.en, [lang]: chosen};
    }
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, reduce(child)]));
  };
  return reduce(catalog) as T;
}
