/**
 * A searchable list (ARIA 1.2 combobox with list autocomplete), rendered into the host's own
 * shadow root so its label, input, hint and error stay together (ARIA ids cannot cross roots).
 * The country pickers and the member registry picker use it.
 * @module
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {fold} from './attributes.js';

/** One choice of a combobox. */
export interface ComboboxOption {
  /** What is stored, e.g. `EG`. */
  value: string;
  /** What people read and type, e.g. "Egypt". */
  label: string;
  /** A second line, e.g. a member's city and country. */
  hint?: string | undefined;
  /** More words that find it (a code, the English name), folded like the label. */
  keywords?: string | undefined;
}

/** What the host passes to {@link Combobox.render} on each render. */
export interface ComboboxView {
  /** Every choice, in display order. */
  options: readonly ComboboxOption[];
  /** The value chosen, if any. */
  value: string | undefined;
  /** The visible label. */
  label: string;
  /** Words after the label in a lighter weight, e.g. "(required)". */
  labelNote?: string;
  /** Ids (in the same shadow root) of the hint and error describing the input. */
  describedBy?: string | undefined;
  invalid?: boolean;
  required?: boolean;
  /** The `autocomplete` token, e.g. `country`; default `off`. */
  autocomplete?: string;
  /** Shown in the list when nothing matches. */
  noMatch: string;
  /** Announced for the list's size, e.g. "12 results". */
  count: (n: number) => string;
  /** The `part` of the input (default `input`). */
  part?: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Options shown at once; more are reached by typing. */
const MAX_SHOWN = 100;

/**
 * The state and keyboard behaviour of one combobox: type to filter, arrows to move, Enter or a
 * click to choose, Escape to close (and, closed, to restore the chosen label). Leaving the input
 * with text that names exactly one choice (label or keyword, accents and case aside) chooses it,
 * so browser autofill (`autocomplete="country"` fills a name) works.
 */
export class Combobox implements ReactiveController {
  private readonly host: Host;
  private readonly id: string;
  private readonly onChoose: (value: string | undefined) => void;
  private readonly onLeave: () => void;
  /** What the person has typed since the last choice; undefined shows the chosen label. */
  private typed: string | undefined;
  private open = false;
  private active = -1;
  private shown: ComboboxOption[] = [];

  /**
   * @param host The element rendering it.
   * @param id Id of the input, unique in the host's shadow root.
   * @param onChoose Called with the chosen value (undefined when the text was cleared).
   * @param onLeave Called when focus leaves the input (for validation on blur).
   */
  constructor(host: Host, id: string, onChoose: (value: string | undefined) => void, onLeave: () => void = () => {}) {
    this.host = host;
    this.id = id;
    this.onChoose = onChoose;
    this.onLeave = onLeave;
    host.addController(this);
  }

  /** @internal */
  hostConnected(): void {}

  /** The label of `value` among `options`. */
  static labelOf(options: readonly ComboboxOption[], value: string | undefined): string {
    return options.find((o) => o.value === value)?.label ?? '';
  }

  private matching(options: readonly ComboboxOption[]): ComboboxOption[] {
    const query = fold((this.typed ?? '').trim());
    if (!query) return options.slice(0, MAX_SHOWN);
    const words = query.split(/\s+/);
    const starts: ComboboxOption[] = [];
    const contains: ComboboxOption[] = [];
    for (const option of options) {
      const label = fold(option.label);
      const haystack = `${label} ${fold(option.keywords ?? '')} ${fold(option.hint ?? '')}`;
      if (!words.every((word) => haystack.includes(word))) continue;
      (label.startsWith(query) ? starts : contains).push(option);
    }
    return [...starts, ...contains].slice(0, MAX_SHOWN);
  }

  private choose(option: ComboboxOption | undefined): void {
    this.typed = undefined;
    this.open = false;
    this.active = -1;
    this.onChoose(option?.value);
    this.host.requestUpdate();
  }

  private exactMatch(options: readonly ComboboxOption[], text: string): ComboboxOption | undefined {
    const key = fold(text.trim());
    if (!key) return undefined;
    const hits = options.filter((o) => fold(o.label) === key || (o.keywords ?? '').split('|').some((k) => fold(k.trim()) === key));
    return hits.length === 1 ? hits[0] : undefined;
  }

  private onInput(event: Event, view: ComboboxView): void {
    this.typed = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    if (this.typed.trim() === '' && view.value !== undefined) this.onChoose(undefined);
    this.host.requestUpdate();
  }

  private onKeyDown(event: KeyboardEvent, view: ComboboxView): void {
    const count = this.shown.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          this.shown = this.matching(view.options);
          const chosen = this.shown.findIndex((o) => o.value === view.value);
          this.active = chosen >= 0 ? chosen : event.key === 'ArrowDown' ? 0 : this.shown.length - 1;
        } else if (count) {
          this.active = event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count;
        }
        this.host.requestUpdate();
        break;
      }
      case 'Enter':
        if (this.open && this.active >= 0 && this.shown[this.active]) {
          event.preventDefault();
          this.choose(this.shown[this.active]);
        } else if (this.open && this.typed !== undefined) {
          const match = this.exactMatch(view.options, this.typed) ?? (this.shown.length === 1 ? this.shown[0] : undefined);
          if (match) {
            event.preventDefault();
            this.choose(match);
          }
        }
        break;
      case 'Escape':
        if (this.open || this.typed !== undefined) {
          // Our Escape: a surrounding dialog must not close too.
          event.preventDefault();
          event.stopPropagation();
          this.open = false;
          this.active = -1;
          this.typed = undefined;
          this.host.requestUpdate();
        }
        break;
      default:
    }
  }

  private onBlur(view: ComboboxView): void {
    if (this.typed !== undefined) {
      const match = this.exactMatch(view.options, this.typed);
      if (match) this.choose(match);
      else if (this.typed.trim() === '') this.choose(undefined);
    }
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
    this.onLeave();
  }

  /** Whether the person typed text that chose nothing (the field then needs a choice). */
  get pendingText(): boolean {
    return this.typed !== undefined && this.typed.trim() !== '';
  }

  /** Forgets typed text (the form was cleared). */
  reset(): void {
    this.typed = undefined;
    this.open = false;
    this.active = -1;
  }

  /** The label, input and list. */
  render(view: ComboboxView): TemplateResult {
    this.shown = this.open ? this.matching(view.options) : [];
    if (this.active >= this.shown.length) this.active = this.shown.length - 1;
    const listId = `${this.id}-list`;
    const optionId = (i: number) => `${this.id}-option-${i}`;
    const text = this.typed ?? Combobox.labelOf(view.options, view.value);
    const expanded = this.open && this.shown.length > 0;
    return html`<label for=${this.id}>${view.label}${view.labelNote ? html` <span class="required">${view.labelNote}</span>` : nothing}</label>
      <div class="combobox">
        <input
          id=${this.id}
          part=${view.part ?? 'input'}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${expanded && this.active >= 0 ? optionId(this.active) : nothing}
          aria-describedby=${view.describedBy || nothing}
          aria-invalid=${view.invalid ? 'true' : nothing}
          ?required=${view.required ?? false}
          autocomplete=${view.autocomplete ?? 'off'}
          spellcheck="false"
          .value=${text}
          @input=${(e: Event) => this.onInput(e, view)}
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, view)}
          @blur=${() => this.onBlur(view)}
          @click=${() => {
            this.open = !this.open;
            this.host.requestUpdate();
          }}
        />
        <ul id=${listId} role="listbox" aria-label=${view.label} class="listbox" ?hidden=${!this.open}>
          ${this.open && this.shown.length === 0 ? html`<li class="no-match" role="presentation">${view.noMatch}</li>` : nothing}
          ${this.shown.map(
            (option, i) => html`<li
              id=${optionId(i)}
              role="option"
              aria-selected=${option.value === view.value ? 'true' : 'false'}
              class=${i === this.active ? 'active' : ''}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(option)}
            >${option.label}${option.hint ? html`<span class="hint">${option.hint}</span>` : nothing}</li>`,
          )}
        </ul>
        <span class="visually-hidden" role="status">${this.open ? view.count(this.shown.length) : ''}</span>
      </div>`;
  }
}

/**
 * Every country as a choice, named in `locale` through `Intl.DisplayNames` and sorted by that
 * name; the code and the English name also find it.
 */
export function countryOptions(codes: readonly string[], locale: string): ComboboxOption[] {
  const names = new Intl.DisplayNames([locale], {type: 'region', fallback: 'code'});
  const english = locale.startsWith('en') ? names : new Intl.DisplayNames(['en'], {type: 'region', fallback: 'code'});
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({value: code, label: names.of(code) ?? code, keywords: `${code}|${english.of(code) ?? code}`}))
    .sort((a, b) => collator.compare(a.label, b.label));
}
