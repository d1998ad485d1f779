/**
 * Following the page's language at run time.
 * @module
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {directionOf, languageFor, loadedMessages, loadMessages, type Direction, type Language, type MessageGroup} from './message-groups.js';

type Host = ReactiveControllerHost & HTMLElement;
type Groups = Record<string, MessageGroup<unknown>>;
/** The messages of each group, by the group's name. */
export type MessagesOf<G extends Groups> = {[K in keyof G]: G[K] extends MessageGroup<infer T> ? T : never};

/** `element` or its nearest ancestor (crossing shadow roots) that `wanted` accepts. */
function nearest(element: Element, wanted: (element: Element) => boolean): Element | undefined {
  // Past a shadow root to its host; the document, which has neither, ends the walk.
  for (let node: Node | null | undefined = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if (node instanceof Element && wanted(node)) return node;
  }
  return undefined;
}

/**
 * The language tag that applies to `element`: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else English.
 */
export function languageTagOf(element: Element): string {
  return nearest(element, (at) => at.hasAttribute('lang'))?.getAttribute('lang') || 'en';
}

/**
 * The writing direction that applies to `element`: from the nearest ancestor (itself included,
 * crossing shadow roots) with a `dir` of `ltr` or `rtl` or with a `lang`, whichever is nearer (on
 * one element `dir` wins); a `lang` gives its language's direction. So `lang="ar"` on the element
 * mirrors it inside a left-to-right page, and `dir="rtl"` on a page mirrors an English element.
 */
export function directionAt(element: Element): Direction {
  const explicit = (at: Element | undefined) => /^(ltr|rtl)$/i.exec(at?.getAttribute('dir') ?? '')?.[0].toLowerCase() as Direction | undefined;
  const at = nearest(element, (candidate) => !!explicit(candidate) || candidate.hasAttribute('lang'));
  return explicit(at) ?? directionOf(at?.getAttribute('lang') ?? '');
}

// One sheet per direction, shared by every element: adopted by the shadow root, so no element
// template has to carry it, and no inline style is needed (nothing for a CSP to refuse).
// `!important` in the shadow tree outranks a page's own `!important` `direction` on the host.
const directionSheets: Partial<Record<Direction, CSSStyleSheet>> = {};

function adoptDirection(root: ShadowRoot | null, dir: Direction): void {
  const sheet = (directionSheets[dir] ??= new CSSStyleSheet());
  sheet.replaceSync(`:host{direction:${dir}!important}`);
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((other) => !Object.values(directionSheets).includes(other)), sheet];
}

const controllers = new Set<LocaleController<Groups>>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` or `dir` change re-resolves every element's language and direction. */
function watchLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.resolve();
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang', 'dir'], subtree: true});
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
 * previous ones stay. Gives it its writing direction too ({@link directionAt}), at once: the
 * shadow root's content runs right to left for `ar` (styles use logical properties only).
 */
export class LocaleController<G extends Groups> implements ReactiveController {
  /** Our language (`en`, `fr`, `es`, `ar`) the messages are in. */
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

  /** Re-reads the language and direction that apply; loads the language's messages if needed, then re-renders. */
  resolve(): void {
    adoptDirection(this.host.shadowRoot, directionAt(this.host));
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
      (error: unknown) => console.warn(`Metropolis Training: the ${lang} messages could not be loaded.`, error),
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
