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
