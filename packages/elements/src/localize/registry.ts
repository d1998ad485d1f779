/**
 * The languages the elements speak and how their messages are loaded. English is built in;
 * French and Spanish are loaded on demand (separate chunks in the ES module bundles, inlined in
 * the classic-script bundle).
 * @module
 */
import {en, type Messages} from './en/index.js';

/** A language the elements are written in. */
export type Language = 'en' | 'fr' | 'es';

/** Every language, English first. */
export const languages: readonly Language[] = ['en', 'fr', 'es'];

const loaded: Partial<Record<Language, Messages>> = {en};
const loading: Partial<Record<Language, Promise<Messages>>> = {};
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  fr: () => import('./fr/index.js').then((m) => m.fr),
  es: () => import('./es/index.js').then((m) => m.es),
};

/** The language of ours that serves a BCP 47 tag: `fr-CA` → `fr`; English for anything else. */
export function languageFor(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (languages as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** The messages of `lang` if already loaded. */
export function loadedMessages(lang: Language): Messages | undefined {
  return loaded[lang];
}

/** Loads the messages of `lang` (once). */
export function loadMessages(lang: Language): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  return (loading[lang] ??= loaders[lang as Exclude<Language, 'en'>]().then((messages) => (loaded[lang] = messages)));
}
