/**
 * Messages come in groups (words shared by every element, each element's own), each with English
 * built in and French, Spanish and Arabic loaded on demand: a page loads the words of the elements it
 * uses, in the languages it shows (separate chunks in the ES module bundles, inlined in the
 * classic-script bundle).
 * @module
 */
/** A language the elements are written in. */
export type Language = 'en' | 'fr' | 'es' | 'ar';

/** Every language, English first. */
export const languages: readonly Language[] = ['en', 'fr', 'es', 'ar'];

/** A writing direction, as the `dir` attribute names it. */
export type Direction = 'ltr' | 'rtl';

// Written right to left: Arabic, Persian, Hebrew, Urdu, Pashto, Kurdish (Sorani), Dhivehi,
// Yiddish, Sindhi, Uyghur, or any tag naming the Arabic or Hebrew script (`ku-Arab`). A Persian
// page shows our English words, but its layout still runs right to left.
const rightToLeft = /^(ar|fa|he|ur|ps|ckb|dv|yi|sd|ug)\b|-(arab|hebr)\b/i;

/** The direction a BCP 47 tag is written in. */
export function directionOf(tag: string): Direction {
  return rightToLeft.test(tag) ? 'rtl' : 'ltr';
}

/** The language of ours that serves a BCP 47 tag: `fr-CA` → `fr`; English for anything else. */
export function languageFor(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (languages as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** One group of messages: English built in, the other languages loaded on first use. */
export interface MessageGroup<T> {
  readonly en: T;
  readonly load: Readonly<Record<Exclude<Language, 'en'>, () => Promise<T>>>;
}

const loaded = new WeakMap<MessageGroup<unknown>, Partial<Record<Language, unknown>>>();
const loading = new WeakMap<MessageGroup<unknown>, Partial<Record<Language, Promise<unknown>>>>();

/** The group's messages in `lang` if already loaded. */
export function loadedMessages<T>(group: MessageGroup<T>, lang: Language): T | undefined {
  return lang === 'en' ? group.en : (loaded.get(group)?.[lang] as T | undefined);
}

/** Loads the group's messages in `lang` (once). */
export function loadMessages<T>(group: MessageGroup<T>, lang: Language): Promise<T> {
  const ready = loadedMessages(group, lang);
  if (ready) return Promise.resolve(ready);
  const pending = loading.get(group) ?? {};
  loading.set(group, pending);
  return (pending[lang] ??= group.load[lang as Exclude<Language, 'en'>]().then((messages) => {
    loaded.set(group, {...loaded.get(group), [lang]: messages});
    return messages;
  })) as Promise<T>;
}
