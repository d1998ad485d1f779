/**
 * The words of quotes and refunds for the light entry: English built in, French, Spanish and
 * Arabic downloaded when a page asks for them (`loadFeeMessages`), so a page in one language fetches
 * one language's sentences.
 * @module
 */
import {feeMessagesEn, type FeeMessages} from './messages.js';
import type {UiLanguage} from '../schemas/vocabulary.js';

const loaded: Partial<Record<UiLanguage, FeeMessages>> = {en: feeMessagesEn};
const loading: Partial<Record<UiLanguage, Promise<FeeMessages>>> = {};
// One chunk per language: a literal import() each, so bundlers split them.
const downloads: Record<Exclude<UiLanguage, 'en'>, () => Promise<FeeMessages>> = {
  fr: () => import('./messages-fr.js').then((m) => m.feeMessagesFr),
  es: () => import('./messages-es.js').then((m) => m.feeMessagesEs),
  ar: () => import('./messages-ar.js').then((m) => m.feeMessagesAr),
};

/**
 * Downloads the words of quotes and refunds in `lang` (once; English is built in). The light
 * `quote` and `refund` answer in a language once its words are loaded.
 */
export function loadFeeMessages(lang: UiLanguage): Promise<FeeMessages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  // One download per language, however many elements ask at once.
  return (loading[lang] ??= downloads[lang as Exclude<UiLanguage, 'en'>]().then((messages) => (loaded[lang] = messages)));
}

/** The loaded words in `lang`. @throws Error when they are not loaded yet. @internal */
export function loadedFeeMessages(lang: UiLanguage): FeeMessages {
  const messages = loaded[lang];
  if (!messages) throw new Error(`The ${lang} words of quotes and refunds are not loaded: await loadFeeMessages('${lang}') first.`);
  return messages;
}
