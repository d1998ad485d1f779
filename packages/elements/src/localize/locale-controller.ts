/**
 * Following the page's language at run time.
 * @module
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {en, type Messages} from './en/index.js';
import {languageFor, loadedMessages, loadMessages, type Language} from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language tag that applies to `element`: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else English.
 */
export function languageTagOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? 'en';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-resolves every element's language. */
function watchLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.resolve();
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

/**
 * Gives an element its language and messages, and re-renders it when the page's or an
 * ancestor's `lang` changes. Until a language's messages have loaded, the previous ones stay.
 */
export class LocaleController implements ReactiveController {
  /** Our language (`en`, `fr`, `es`) the messages are in. */
  lang: Language = 'en';
  /** The full tag for `Intl` (dates, money, country names), e.g. `fr-CA`. */
  locale = 'en';
  /** The messages in `lang`. */
  messages: Messages = en;
  private readonly host: Host;

  /** @param host The element. */
  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** @internal */
  hostConnected(): void {
    controllers.add(this);
    watchLanguageChanges();
    this.resolve();
  }

  /** @internal */
  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the language that applies; loads its messages if needed, then re-renders. */
  resolve(): void {
    const tag = languageTagOf(this.host);
    const lang = languageFor(tag);
    const ready = loadedMessages(lang);
    if (ready) {
      this.apply(tag, lang, ready);
      return;
    }
    loadMessages(lang).then(
      (messages) => {
        // Only if the language is still the one asked for.
        if (languageTagOf(this.host) === tag) this.apply(tag, lang, messages);
      },
      (error: unknown) => console.warn(`Metropolis Training: the ${lang} messages could not be loaded; staying in ${this.lang}.`, error),
    );
  }

  private apply(tag: string, lang: Language, messages: Messages): void {
    if (this.locale === tag && this.messages === messages) return;
    this.locale = lang === 'en' && !tag.toLowerCase().startsWith('en') ? 'en' : tag;
    this.lang = lang;
    this.messages = messages;
    this.host.requestUpdate();
  }
}
