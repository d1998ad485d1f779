/**
 * `<metropolis-course-list>`: the training catalog as cards.
 * @module
 */
import {pick, statusOf, type Edition} from '@metropolis-training/sdk';
import {html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {ApplyEvent} from '../../events/apply-event.js';
import {FilterChangeEvent, type CourseFilters} from '../../events/filter-change-event.js';
import {addToCalendar, applyUrl, openApplication} from '../../internal/actions.js';
import {clockOf, fold, safeUrl, wordList} from '../../internal/attributes.js';
import {CatalogController, nextTask, type IndexedCatalog} from '../../internal/catalog-controller.js';
import {displayNames, editionView, intlOnce, todayIn, type EditionView} from '../../internal/edition-view.js';
import {publishJsonLd} from '../../internal/json-ld.js';
import {sourceState, stateMessage} from '../../internal/source-state.js';
import {baseStyles, catalogStyles} from '../../internal/styles.js';
import {loadingRoomStyles} from '../../internal/loading-room-styles.js';
import {commonMessages} from '../../localize/common.js';
import {courseListMessages} from '../../localize/course-list.js';
import {LocaleController} from '../../localize/locale-controller.js';
import {styles} from './course-list.styles.js';

type FilterName = 'themes' | 'formats' | 'providers' | 'languages' | 'status';

/** URL parameters the filters use with `sync-url`. */
const urlParams: Record<FilterName | 'query' | 'showPast', string> = {
  themes: 'mt-themes',
  formats: 'mt-formats',
  providers: 'mt-providers',
  languages: 'mt-languages',
  status: 'mt-status',
  query: 'mt-q',
  showPast: 'mt-past',
};

/** Sort key: fixed start, else the start of the announced period, else last. */
function sortKey(edition: Edition): string {
  const {dates} = edition;
  if (dates.kind === 'fixed') return dates.start;
  if (dates.kind === 'to-be-confirmed' && dates.period) return dates.period.length === 4 ? `${dates.period}-01-01` : `${dates.period}-01`;
  return '9999';
}

/**
 * Cards in the first render once the catalog is in: about a phone's screen. The others follow in
 * the next task, so the page answers sooner and the first cards paint earlier; so do the
 * options inside the closed filters (most of the filter bar's DOM nodes, none of them seen).
 */
const FIRST_CARDS = 4;

let instances = 0;

/**
 * @tagname metropolis-course-list
 * @summary The training catalog as cards — title, format, provider and place, dates, status,
 * deadline, price and an Apply action — with filters and search a webmaster can preset.
 *
 * @fires metropolis-apply - ApplyEvent, when the user activates Apply and no `apply-href` is set (cancelable: unless the page calls `preventDefault()`, the application form opens in a dialog).
 * @fires metropolis-filter-change - FilterChangeEvent, when the user changes a filter, the search or "show past".
 * @fires metropolis-catalog-load - CatalogLoadEvent, when the catalog has loaded and passed validation.
 * @fires metropolis-catalog-error - CatalogErrorEvent, when it could not be loaded (the element shows the error and a retry).
 *
 *
 * @csspart base - The wrapper of everything.
 * @csspart filters - The filter bar.
 * @csspart search - The search input.
 * @csspart filter - Each filter's disclosure (`<details>`).
 * @csspart summary - The line that counts the courses shown.
 * @csspart cards - The list of cards.
 * @csspart card - One card (`<article>`).
 * @csspart card-title - A card's title.
 * @csspart badge - The format badge.
 * @csspart status - The status badge.
 * @csspart facts - A card's dates, place, provider, deadline and price.
 * @csspart apply - The Apply link or button.
 * @csspart calendar - The "Add to calendar" button.
 * @csspart more - The "Show more" button.
 * @csspart state - The loading, empty and error messages.
 * @csspart retry - The error state's retry button.
 * @csspart dialog - The application dialog (`<dialog>`) Apply opens.
 * @csspart dialog-header - Its header: the edition's title and Close.
 * @csspart dialog-title - The edition's title in it.
 * @csspart close - Its Close button.
 * @csspart dialog-body - The part that holds the application form.
 *
 * @cssprop --metropolis-color-accent - Accent: buttons, badges, focus (default #0b5cad).
 * @cssprop --metropolis-color-on-accent - Text on the accent colour (default #ffffff).
 * @cssprop --metropolis-color-surface - Card and input background (default #ffffff).
 * @cssprop --metropolis-color-text - Text (default #1b1b1f).
 * @cssprop --metropolis-color-muted - Secondary text (default #4a4d55).
 * @cssprop --metropolis-color-border - Borders (default #c4c6cf).
 * @cssprop --metropolis-color-focus - Focus ring (default the accent).
 * @cssprop --metropolis-color-success - "Open" status (default #106b2e).
 * @cssprop --metropolis-color-danger - Errors and "cancelled" (default #a4161a).
 * @cssprop --metropolis-radius - Corner radius (default 8px).
 * @cssprop --metropolis-loading-height - Height kept while the catalog loads, so that the page below does not move when it arrives (default 40rem).
 * @cssprop --metropolis-space - Spacing unit (default 1rem).
 * @cssprop --metropolis-font-family - Font: the page's own unless set (default inherit).
 * @cssprop --metropolis-font-size - Base font size (default 1rem).
 */
export class CourseList extends LitElement {
  /** The element's styles: the shared tokens, then its own. */
  static override styles = [baseStyles, catalogStyles, loadingRoomStyles, styles];

  private readonly i18n = new LocaleController(this, {common: commonMessages, courseList: courseListMessages});
  private readonly source = new CatalogController(this);

  // Declared without decorators: a list page downloads no decorator helpers.
  static override properties: PropertyDeclarations = {
    api: {},
    catalog: {},
    themes: {converter: wordList, reflect: true},
    formats: {converter: wordList, reflect: true},
    providers: {converter: wordList, reflect: true},
    languages: {converter: wordList, reflect: true},
    status: {converter: wordList, reflect: true},
    query: {reflect: true},
    showPast: {type: Boolean, reflect: true, attribute: 'show-past'},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    now: {},
    applyHref: {attribute: 'apply-href'},
    privacyHref: {attribute: 'privacy-href'},
    saveDraft: {type: Boolean, attribute: 'save-draft'},
    pageSize: {type: Number, attribute: 'page-size'},
    headingLevel: {type: Number, attribute: 'heading-level'},
    hideFilters: {type: Boolean, attribute: 'hide-filters'},
  };

  /** Base URL of a Metropolis Training API server; preferred over `catalog` and inline JSON. */
  api?: string;
  /** URL of a static catalog JSON file; preferred over inline JSON. */
  catalog?: string;
  /** Themes to show (any of), separated by spaces or commas: `themes="water mobility"`. */
  themes: string[] = [];
  /** Formats to show (any of): diploma, workshop, online-course, webinar, learning-hub. */
  formats: string[] = [];
  /** Provider ids to show (any of). */
  providers: string[] = [];
  /** Languages of instruction to show (any of), as language tags. */
  languages: string[] = [];
  /** Statuses to show (any of): upcoming, open, closed, in-progress, completed, cancelled. */
  status: string[] = [];
  /** Free-text search over titles, summaries, providers and places. */
  query = '';
  /** Whether past editions are listed (they are hidden by default). */
  showPast = false;
  /** Keep the filters in the page URL (`?mt-themes=water`), so a filtered list can be shared. */
  syncUrl = false;
  /** Today's date as `YYYY-MM-DD` for statuses and prices (previews, tests, demos); default: the real date. */
  now?: string;
  /** Page of the application form; Apply links to it with `?edition=<id>`. Without it, Apply fires `metropolis-apply`, then opens the form in a dialog. */
  applyHref?: string;
  /** The privacy notice the consent box of the application form Apply opens links to. */
  privacyHref?: string;
  /** The application form Apply opens keeps a draft on this device (see the form's `save-draft`). */
  saveDraft = false;
  /** Cards shown before "Show more" (default 24). */
  pageSize = 24;
  /** Level of the card titles in the page's outline, 2 to 6 (default 2: a list under the page's h1). */
  headingLevel = 2;
  /** Hide the filter bar (presets still apply). */
  hideFilters = false;

  /** How many matching editions are shown ("Show more" adds a page; a filter change starts again). */
  private shown = 0;
  private readonly idPrefix = `metropolis-course-list-${++instances}`;
  private focusFrom: number | undefined;
  /** Editions passing the filters, and the page of them shown; derived before each render. */
  private matchingEditions: Edition[] = [];
  private page: Edition[] = [];
  /** Until the first cards are on screen: the rest of the page renders in the task after. */
  private firstCards = true;
  private rest: Promise<void> | undefined;
  private readonly onPopState = () => this.readUrl();
  /** A click anywhere but in the open filter closes it. */
  private readonly onPageClick = (event: Event) => {
    for (const open of this.renderRoot.querySelectorAll('details[open]')) if (!event.composedPath().includes(open)) (open as HTMLDetailsElement).open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.onPageClick);
    if (this.syncUrl) {
      this.readUrl();
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onPageClick);
    window.removeEventListener('popstate', this.onPopState);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') || this.shown === 0) this.shown = Math.max(1, this.pageSize);
    const {state} = this.source;
    this.matchingEditions = state.status === 'ready' ? this.matching(state.data) : [];
    this.page = this.matchingEditions.slice(0, this.shown);
  }

  override updated(): void {
    const {state} = this.source;
    // Search engines' structured data waits for the rest of the page, not the first paint.
    if (state.status === 'ready' && !this.firstCards) {
      const now = clockOf(this.now);
      for (const edition of this.page) publishJsonLd(state.data, edition.id, this.i18n.locale, now);
    }
    if (state.status === 'ready' && this.firstCards) {
      this.firstCards = false;
      this.rest = nextTask().then(() => {
        this.rest = undefined;
        this.requestUpdate();
      });
    }
    if (this.focusFrom !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.focusFrom}"] [data-title]`)?.focus();
      this.focusFrom = undefined;
    }
  }

  /** Resolves once every card of the page is rendered, the ones after the first few included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    if (!this.rest) return first;
    await this.rest;
    return super.getUpdateComplete();
  }

  /** The current filters. */
  get filters(): CourseFilters {
    return {themes: this.themes, formats: this.formats, providers: this.providers, languages: this.languages, status: this.status, query: this.query, showPast: this.showPast};
  }

  /** Whether an edition with `status` can show: the status filter's, else all but past ones unless `show-past`. */
  private shownWith(status: string): boolean {
    return this.status.length ? this.status.includes(status) : status !== 'completed' || this.showPast;
  }

  /** Editions that pass the filters, in start-date order. */
  private matching(data: IndexedCatalog): Edition[] {
    const now = clockOf(this.now);
    const query = fold(this.query.trim());
    const locale = this.i18n.locale;
    return data.catalog.editions
      .filter((edition) => {
        const course = data.courses.get(edition.courseId);
        if (!course) return false;
        if (this.themes.length && !course.themes.some((t) => this.themes.includes(t))) return false;
        if (this.formats.length && !this.formats.includes(course.format)) return false;
        if (this.providers.length && ![course.providerId, ...(course.partnerIds ?? [])].some((p) => this.providers.includes(p))) return false;
        if (this.languages.length && !edition.languages.some((l) => this.languages.includes(l) || this.languages.includes(l.split('-')[0]!))) return false;
        if (!this.shownWith(statusOf(edition, todayIn(edition, now)))) return false;
        if (query) {
          const provider = data.providers.get(course.providerId);
          const place = edition.location.mode === 'online' ? '' : `${pick(edition.location.city, locale)} ${edition.location.city.en}`;
          const haystack = fold(`${pick(course.title, locale)} ${course.title.en} ${pick(course.summary, locale)} ${provider ? pick(provider.name, locale) : ''} ${place}`);
          if (!query.split(/\s+/).every((word) => haystack.includes(word))) return false;
        }
        return true;
      })
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.id.localeCompare(b.id));
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    for (const name of ['themes', 'formats', 'providers', 'languages', 'status'] as const) {
      const value = params.get(urlParams[name]);
      if (value !== null) this[name] = value.split(/[\s,]+/).filter(Boolean);
    }
    const query = params.get(urlParams.query);
    if (query !== null) this.query = query;
    if (params.has(urlParams.showPast)) this.showPast = params.get(urlParams.showPast) !== '0';
  }

  private writeUrl(): void {
    const url = new URL(location.href);
    for (const name of ['themes', 'formats', 'providers', 'languages', 'status'] as const) {
      if (this[name].length) url.searchParams.set(urlParams[name], this[name].join(' '));
      else url.searchParams.delete(urlParams[name]);
    }
    if (this.query) url.searchParams.set(urlParams.query, this.query);
    else url.searchParams.delete(urlParams.query);
    if (this.showPast) url.searchParams.set(urlParams.showPast, '1');
    else url.searchParams.delete(urlParams.showPast);
    history.replaceState(history.state, '', url);
  }

  /** Applies a change the user made, then tells the page. */
  private changeFilters(change: () => void): void {
    change();
    this.shown = Math.max(1, this.pageSize);
    this.requestUpdate();
    if (this.syncUrl) this.writeUrl();
    this.dispatchEvent(new FilterChangeEvent(this.filters));
  }

  private onToggle(name: FilterName, value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.changeFilters(() => {
      this[name] = checked ? [...this[name], value] : this[name].filter((v) => v !== value);
    });
  }

  private onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.changeFilters(() => (this.query = value));
  }

  private onShowPast(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.changeFilters(() => (this.showPast = checked));
  }

  private onClear(): void {
    this.changeFilters(() => {
      this.themes = [];
      this.formats = [];
      this.providers = [];
      this.languages = [];
      this.status = [];
      this.query = '';
    });
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private onShowMore(): void {
    this.focusFrom = this.shown;
    this.shown += Math.max(1, this.pageSize);
    this.requestUpdate();
  }

  /** Tells the page; unless it cancels, opens the form in a dialog on this page. */
  /** Escape closes the open filter and returns to its summary; so does tabbing out of it. */
  private onFilterKey(event: KeyboardEvent): void {
    const open = (event.target as Element).closest<HTMLDetailsElement>('details[open]');
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    open.open = false;
    open.querySelector('summary')!.focus();
  }

  private onFilterFocusOut(event: FocusEvent): void {
    const filter = (event.target as Element).closest('details');
    // Only when focus went somewhere: a click on an option focuses nothing in WebKit.
    if (filter && event.relatedTarget && !filter.contains(event.relatedTarget as Node)) filter.open = false;
  }

  private onApply(view: EditionView, event: Event): void {
    const opener = event.currentTarget as HTMLElement;
    if (this.dispatchEvent(new ApplyEvent(view.edition.id, view.course.id))) void openApplication(this, {id: view.edition.id, title: view.title}, opener);
  }

  private renderFilter(name: FilterName, legend: string, options: [string, string][]): TemplateResult | typeof nothing {
    if (options.length < 2 && !this[name].length) return nothing;
    const selected = this[name];
    const m = this.i18n.messages.courseList;
    // Open, the options are a popover over the cards (no reflow); one at a time (`name`).
    // tabindex -1: Firefox would make the scrolling fieldset a tab stop of its own.
    return html`<details part="filter" name=${this.idPrefix}>
      <summary>${legend} <span class="count">(${m.selected(selected.length)})</span></summary>
      <fieldset tabindex="-1">
        <legend class="visually-hidden">${legend}</legend>
        ${this.firstCards ? nothing : options.map(([value, label]) => html`<label><input type="checkbox" .checked=${selected.includes(value)} @change=${(e: Event) => this.onToggle(name, value, e)} />${label}</label>`)}
      </fieldset>
    </details>`;
  }

  private renderFilters(data: IndexedCatalog): TemplateResult {
    const {common: c, courseList: m} = this.i18n.messages;
    const locale = this.i18n.locale;
    // Options come from the editions the past-editions rule lets through (an option of past
    // courses alone could only give "0 courses"), plus whatever is selected, so it can be undone.
    const now = clockOf(this.now);
    const reachable: Edition[] = [];
    // A status filter shows past editions too: it offers every status some edition has.
    const present = new Set<string>(this.status);
    for (const edition of data.catalog.editions) {
      const status = statusOf(edition, todayIn(edition, now));
      present.add(status);
      if (this.shownWith(status)) reachable.push(edition);
    }
    const courses = [...new Set(reachable.flatMap((edition) => data.courses.get(edition.courseId) ?? []))];
    const themes = [...new Set([...courses.flatMap((course) => course.themes), ...this.themes])].map((t): [string, string] => [t, c.themes[t as keyof typeof c.themes] ?? t]);
    const formats = [...new Set([...courses.map((course) => course.format), ...this.formats])].map((f): [string, string] => [f, c.formats[f as keyof typeof c.formats] ?? f]);
    const providers = [...new Set([...courses.map((course) => course.providerId), ...this.providers])].flatMap((id): [string, string][] => {
      const provider = data.providers.get(id);
      return provider ? [[id, pick(provider.name, locale)]] : [];
    });
    const languageNames = displayNames(locale, 'language');
    const languages = [...new Set([...reachable.flatMap((e) => e.languages), ...this.languages])].map((l): [string, string] => [l, languageNames.of(l) ?? l]);
    const statuses = (['open', 'upcoming', 'closed', 'in-progress', 'completed', 'cancelled'] as const).filter((s) => present.has(s)).map((s): [string, string] => [s, c.statuses[s]]);
    const collator = intlOnce(`collator ${locale}`, () => new Intl.Collator(locale));
    const byLabel = (a: [string, string], b: [string, string]) => collator.compare(a[1], b[1]);
    const active = this.themes.length + this.formats.length + this.providers.length + this.languages.length + this.status.length > 0 || this.query !== '';
    return html`<form part="filters" class="filters" role="search" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()} @keydown=${this.onFilterKey} @focusout=${this.onFilterFocusOut}>
      <div class="search">
        <label for="${this.idPrefix}-query">${m.search}</label>
        <input part="search" id="${this.idPrefix}-query" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
      </div>
      ${this.renderFilter('themes', m.theme, themes.sort(byLabel))}
      ${this.renderFilter('formats', m.format, formats.sort(byLabel))}
      ${this.renderFilter('providers', m.provider, providers.sort(byLabel))}
      ${this.renderFilter('languages', m.language, languages.sort(byLabel))}
      ${this.renderFilter('status', m.status, statuses)}
      <label class="past"><input type="checkbox" .checked=${this.showPast} @change=${this.onShowPast} />${m.showPast}</label>
      ${active ? html`<button type="button" class="secondary" @click=${this.onClear}>${m.clearFilters}</button>` : nothing}
    </form>`;
  }

  /**
   * One term of a card's facts, with its note (a time zone, the languages, the list price) when
   * it has one. Texts go in through `.textContent`: as text, and without Lit's comment markers,
   * which would double a card's nodes.
   */
  private renderFact(term: string, value: string, note?: string): TemplateResult {
    return note
      ? html`<dt .textContent=${term}></dt><dd><span .textContent=${value}></span><span class="note" .textContent=${note}></span></dd>`
      : html`<dt .textContent=${term}></dt><dd .textContent=${value}></dd>`;
  }

  // No white space between the tags (flex and grid ignore it; the DOM would keep it as nodes):
  // the Diploma's card is 47 nodes, where it was 86 (issue 17 asks for at most 50).
  private renderCard(view: EditionView, index: number): TemplateResult {
    const {common: c, courseList: m} = this.i18n.messages;
    const titleId = `${this.idPrefix}-title-${index}`;
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    const apply = view.status !== 'open'
      ? nothing
      : safeUrl('apply-href', this.applyHref)
        ? html`<a part="apply" class="button" href=${applyUrl(this.applyHref!, view.edition.id)} aria-label=${c.applyFor(view.title)} .textContent=${c.apply}></a>`
        : html`<button part="apply" type="button" aria-label=${c.applyFor(view.title)} @click=${(e: Event) => this.onApply(view, e)} .textContent=${c.apply}></button>`;
    const calendar = view.edition.dates.kind === 'fixed' && view.status !== 'completed'
      ? html`<button part="calendar" type="button" class="secondary" aria-label=${c.addToCalendarFor(view.title)} @click=${() => addToCalendar(view.course, view.edition, this.i18n.locale)} .textContent=${c.addToCalendar}></button>`
      : nothing;
    return html`<li data-index=${index}><article part="card" aria-labelledby=${titleId}><h3 part="card-title" id=${titleId} aria-level=${level} data-title tabindex="-1" lang=${view.titleLang ?? nothing} .textContent=${view.title}></h3><p class="badges"><span part="badge" class="badge" .textContent=${c.formats[view.course.format]}></span><span part="status" class="status status-${view.status}" .textContent=${c.statuses[view.status]}></span></p><dl part="facts">${this.renderFact(m.dates, view.dates, view.timeZone)}${this.renderFact(m.place, view.place, view.languages)}${view.provider ? this.renderFact(c.providedBy, pick(view.provider.name, this.i18n.locale)) : nothing}${view.deadline ? this.renderFact(m.deadline, view.deadline) : nothing}${this.renderFact(m.price, view.price, view.reducedFrom)}</dl><p class="card-summary" lang=${view.summaryLang ?? nothing} .textContent=${view.summary}></p><div class="actions">${apply}${calendar}</div></article></li>`;
  }

  override render(): TemplateResult {
    const {state} = this.source;
    const {common: c, courseList: m} = this.i18n.messages;
    if (state.status !== 'ready') return sourceState(state, c, () => this.source.retry());
    const {data} = state;
    const now = clockOf(this.now);
    const {matchingEditions: matching, page} = this;
    const empty = data.catalog.editions.length === 0;
    return html`<div part="base">
      ${this.hideFilters || empty ? nothing : this.renderFilters(data)}
      <p part="summary" class="summary-line" role="status">${empty ? '' : m.results(matching.length)}</p>
      ${matching.length === 0
        ? stateMessage(empty ? m.noCourses : m.noMatch)
        : html`<ul part="cards" class="cards">${(this.firstCards ? page.slice(0, FIRST_CARDS) : page).map((edition, index) => this.renderCard(editionView(data, edition, now, this.i18n.locale, this.i18n.messages), index))}</ul>`}
      ${matching.length > page.length
        ? html`<button part="more" class="more secondary" type="button" @click=${this.onShowMore}>${m.showMore(page.length, matching.length)}</button>`
        : nothing}
    </div>`;
  }
}
