/**
 * Following the page's language at run time.
 * @module
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {languageFor, loadedMessages, loadMessages, type Language, type MessageGroup} from './message-groups.js';

type Host = ReactiveControllerHost & HTMLElement;
type Groups = Record<string, MessageGroup<unknown>>;
/** The messages of each group, by the group's name. */
export type MessagesOf<G extends Groups> = {[K in keyof G]: G[K] extends MessageGroup<infer T> ? T : never};

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

const controllers = new Set<LocaleController<Groups>>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-resolves every element's language. */
function watchLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.resolve();
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

function messagesIn<G extends Groups>(groups: G, lang: Language): MessagesOf<G> | undefined {
  const out: Record<string, unknown> = {};
  for (const [name, group] of Object.entries(groups)) {
    const messages = loadedMessages(group, lang);
    if (messages === undefined) return undefined;
    out[name] = messages;
  }
  return out as MessagesOf<G>;
}

/**
 * Gives an element its language and the messages of the groups it uses, and re-renders it when
 * the page's or an ancestor's `lang` changes. Until a language's messages have loaded, the
 * previous ones stay.
 */
export class LocaleController<G extends Groups> implements ReactiveController {
  /** Our language (`en`, `fr`, `es`) the messages are in. */
  lang: Language = 'en';
  /** The full tag for `Intl` (dates, money, country names), e.g. `fr-CA`. */
  locale = 'en';
  /** The messages of each group in `lang`. */
  messages: MessagesOf<G>;
  private readonly host: Host;
  private readonly groups: G;

  /**
   * @param host The element.
   * @param groups The message groups it renders, by name.
   */
  constructor(host: Host, groups: G) {
    this.host = host;
    this.groups = groups;
    this.messages = messagesIn(groups, 'en')!;
    host.addController(this);
  }

  /** @internal */
  hostConnected(): void {
    controllers.add(this as unknown as LocaleController<Groups>);
    watchLanguageChanges();
    this.resolve();
  }

  /** @internal */
  hostDisconnected(): void {
    controllers.delete(this as unknown as LocaleController<Groups>);
  }

  /** Re-reads the language that applies; loads its messages if needed, then re-renders. */
  resolve(): void {
    const tag = languageTagOf(this.host);
    const lang = languageFor(tag);
    const ready = messagesIn(this.groups, lang);
    if (ready) {
      this.apply(tag, lang, ready);
      return;
    }
    Promise.all(Object.values(this.groups).map((group) => loadMessages(group, lang))).then(
      () => {
        // Only if the language is still the one asked for.
        if (languageTagOf(this.host) === tag) this.apply(tag, lang, messagesIn(this.groups, lang)!);
      },
      (error: unknown) => console.warn(`Metropolis Training: the ${lang} messages could not be loaded; staying in ${this.lang}.`, error),
    );
  }

  private apply(tag: string, lang: Language, messages: MessagesOf<G>): void {
    const locale = lang === 'en' && !tag.toLowerCase().startsWith('en') ? 'en' : tag;
    if (this.locale === locale && this.lang === lang) return;
    this.locale = locale;
    this.lang = lang;
    this.messages = messages;
    this.host.requestUpdate();
  }
}
