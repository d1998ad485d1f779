/**
 * `<metropolis-application-form>`: applying for one edition.
 * @module
 */
import {applicationDeadline, applicationLimits, countryCodes, formatDay, formatMoney, statusOf, type ApplicationInput, type ApplicationReceipt, type Edition, type FeeSchedule, type FieldIssue, type Member, type Quote, type UiLanguage} from '@metropolis-training/sdk';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ApplicationSubmittedEvent} from '../../events/application-submitted-event.js';
import {QuoteChangeEvent} from '../../events/quote-change-event.js';
import {clockOf, safeUrl} from '../../internal/attributes.js';
import {CatalogController, type IndexedCatalog} from '../../internal/catalog-controller.js';
import {Combobox, countryOptions, type ComboboxOption} from '../../internal/combobox.js';
import {countryName, editionView, todayIn, type EditionView} from '../../internal/edition-view.js';
import {formStyles} from '../../internal/form-styles.js';
import {submitFormStyles} from '../../internal/submit-form-styles.js';
import {sourceState, stateMessage} from '../../internal/source-state.js';
import {baseStyles, catalogStyles} from '../../internal/styles.js';
import {loadingRoomStyles} from '../../internal/loading-room-styles.js';
import {applicationFormMessages} from '../../localize/application-form.js';
import {commonMessages} from '../../localize/common.js';
import type {FieldMessages} from '../../localize/en/application-form.js';
import {LocaleController} from '../../localize/locale-controller.js';
import {styles} from './application-form.styles.js';
import {
  applicantFields,
  applicationOf,
  colleagueFields,
  colleagueKey,
  draftKey,
  draftOf,
  emptyValues,
  fieldOf,
  isBlank,
  limitOf,
  membershipClaim,
  participantCount,
  problemKind,
  valueOf,
  valuesFromDraft,
  type FormValues,
  type MembershipChoice,
} from './application-form-model.js';

type Tools = typeof import('../../internal/application-tools.js');
let tools: Promise<Tools> | undefined;
/** The schema, client and engine, loaded once per page. */
const loadTools = () => (tools ??= import('../../internal/application-tools.js'));
let estimate: Promise<typeof import('../../internal/estimate-tools.js')> | undefined;
/** The fee engine, for a form without a server only. */
const loadEstimate = () => (estimate ??= import('../../internal/estimate-tools.js'));

/** The price shown: none yet, being fetched, a quote, or a failure. */
type QuoteState = {status: 'none'} | {status: 'loading'; quote?: Quote; estimate: boolean} | {status: 'ready'; quote: Quote; estimate: boolean} | {status: 'failed'};

/** Where a submission stands. */
type Phase = {status: 'editing'} | {status: 'sending'} | {status: 'failed'; message: string} | {status: 'done'; receipt: ApplicationReceipt; sent: ApplicationInput};

/** Wait after the last keystroke before asking the server for a price. */
const QUOTE_DEBOUNCE_MS = 300;

const autocompleteTokens: Record<(typeof applicantFields)[number], string> = {
  givenName: 'given-name',
  familyName: 'family-name',
  email: 'email',
  organization: 'organization',
  position: 'organization-title',
  city: 'address-level2',
};

let instances = 0;

/**
 * @tagname metropolis-application-form
 * @summary The application form of one edition: who applies, membership from the server's
 * member registry, colleagues in a group, motivation and consent, with the live price the server
 * will charge, validation from the SDK's schema, safe retries and optional drafts.
 *
 * @fires metropolis-application-submitted - ApplicationSubmittedEvent, when the server has stored the application (reference and edition only, no personal data).
 * @fires metropolis-quote-change - QuoteChangeEvent, when the price shown changes after the applicant changed an answer.
 * @fires metropolis-catalog-load - CatalogLoadEvent, when the catalog has loaded and passed validation.
 * @fires metropolis-catalog-error - CatalogErrorEvent, when it could not be loaded.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The form's title.
 * @csspart form - The `<form>`.
 * @csspart input - Each text input, select and textarea.
 * @csspart error - Each field's error message.
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart quote - The price section.
 * @csspart total - The total row of the price.
 * @csspart submit - The send button.
 * @csspart notice - The draft notice.
 * @csspart confirmation - What is shown once the application is received.
 * @csspart state - The loading, error and "not taking applications" messages.
 * @csspart retry - The retry buttons.
 *
 * @cssprop --metropolis-color-accent - Accent: buttons, focus (default #0b5cad).
 * @cssprop --metropolis-color-on-accent - Text on the accent colour (default #ffffff).
 * @cssprop --metropolis-color-surface - Input background (default #ffffff).
 * @cssprop --metropolis-color-text - Text (default #1b1b1f).
 * @cssprop --metropolis-color-muted - Hints and borders of inputs (default #4a4d55).
 * @cssprop --metropolis-color-border - Borders (default #c4c6cf).
 * @cssprop --metropolis-color-focus - Focus ring (default the accent).
 * @cssprop --metropolis-color-danger - Errors (default #a4161a).
 * @cssprop --metropolis-radius - Corner radius (default 8px).
 * @cssprop --metropolis-loading-height - Height kept while the catalog loads, so that the page below does not move when it arrives (default 40rem).
 * @cssprop --metropolis-space - Spacing unit (default 1rem).
 * @cssprop --metropolis-font-family - Font: the page's own unless set (default inherit).
 * @cssprop --metropolis-font-size - Base font size (default 1rem).
 */
export class ApplicationForm extends LitElement {
  /** The element's styles: the shared tokens, the form styles, then its own. */
  static override styles = [baseStyles, catalogStyles, loadingRoomStyles, formStyles, submitFormStyles, styles];
  /** Focusing the element focuses its first field (a dialog that opens it, a skip link). */
  static override shadowRootOptions: ShadowRootInit = {...LitElement.shadowRootOptions, delegatesFocus: true};

  private readonly i18n = new LocaleController(this, {common: commonMessages, form: applicationFormMessages});
  private readonly source = new CatalogController(this);

  /** Base URL of the Metropolis Training API server that prices and stores applications. */
  @property() api?: string;
  /** URL of a static catalog JSON file, when there is no `api` (the price is then an estimate and nothing can be sent). */
  @property() catalog?: string;
  /** Id of the edition applied for; default: the page URL's `?edition=`. */
  @property() edition?: string;
  /** Today's date as `YYYY-MM-DD` for the edition's status (previews, tests, demos); default: the real date. */
  @property() now?: string;
  /** Page of the privacy notice the consent box links to. */
  @property({attribute: 'privacy-href'}) privacyHref?: string;
  /** Keep what was typed in this browser (`localStorage`, per edition) until it is sent; the consent box is never kept. */
  @property({type: Boolean, attribute: 'save-draft'}) saveDraft = false;
  /** Level of the form's title in the page's outline, 2 to 6 (default 2). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  @state() private values: FormValues = emptyValues();
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  @state() private serverErrors = new Map<string, string>();
  @state() private quoteState: QuoteState = {status: 'none'};
  @state() private phase: Phase = {status: 'editing'};
  @state() private members: Member[] | 'failed' | undefined;
  @state() private draftRestored = false;
  @state() private announcement = '';
  @state() private loadedTools: Tools | undefined;

  private readonly idPrefix = `metropolis-application-form-${++instances}`;
  private readonly countryPicker = new Combobox(this, `${this.idPrefix}-country`, (code) => this.setValue('country', code ?? ''), () => this.touch('country'));
  private readonly memberPicker = new Combobox(this, `${this.idPrefix}-memberId`, (id) => this.setValue('memberId', id ?? ''), () => this.touch('memberId'));
  /** The edition and its view, derived before each render. */
  private target: {edition: Edition; view: EditionView; schedule: FeeSchedule | undefined; data: IndexedCatalog} | undefined;
  private editionId: string | undefined;
  private countries: {locale: string; options: ComboboxOption[]} | undefined;
  private issues: readonly FieldIssue[] = [];
  private quoteTimer: ReturnType<typeof setTimeout> | undefined;
  private quoteAbort: AbortController | undefined;
  private quoteKey = '';
  /** The idempotency key of the last attempt, reused while the application is unchanged. */
  private attempt: {body: string; key: string} | undefined;
  private focusAfterRender: string | undefined;
  private restoredFor: string | undefined;

  /** Focuses the first field (delegatesFocus alone would pick the title, focusable for announcements). */
  override focus(options?: FocusOptions): void {
    const first = this.renderRoot.querySelector<HTMLElement>('form input:not([tabindex="-1"]), form select, form textarea');
    if (first) first.focus(options);
    else super.focus(options);
  }

  /** `api` as an absolute URL when it is http(s) or relative; anything else (`data:`, `javascript:`) is ignored, with a warning. */
  private get apiBase(): string | undefined {
    const api = safeUrl('api', this.api);
    return api ? new URL(api, document.baseURI).href : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadTools().then(
      (loaded) => (this.loadedTools = loaded),
      (error: unknown) => console.error('Metropolis Training: the application form could not load its validation code.', error),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.quoteTimer);
    this.quoteAbort?.abort();
  }

  override willUpdate(changed: PropertyValues): void {
    this.editionId = this.edition || (typeof location === 'undefined' ? undefined : new URLSearchParams(location.search).get('edition') ?? undefined) || undefined;
    const {state} = this.source;
    this.target = undefined;
    if (state.status === 'ready' && this.editionId) {
      const edition = state.data.editions.get(this.editionId);
      if (edition && state.data.courses.has(edition.courseId)) {
        const view = editionView(state.data, edition, clockOf(this.now), this.i18n.locale, this.i18n.messages);
        const schedule = edition.fee.kind === 'schedule' ? state.data.schedules.get(edition.fee.scheduleId) : undefined;
        this.target = {edition, view, schedule, data: state.data};
      }
    }
    if (this.target && this.saveDraft && this.restoredFor !== this.target.edition.id) this.restoreDraft(this.target.edition.id);
    if (this.apiBase && this.members === undefined && this.takesApplications()) this.loadMembers();
    if (this.countries?.locale !== this.i18n.locale) this.countries = {locale: this.i18n.locale, options: countryOptions(countryCodes(), this.i18n.locale)};
    const lang = this.i18n.lang as UiLanguage;
    this.issues = this.loadedTools && this.editionId ? [...this.loadedTools.applicationIssues(applicationOf(this.values, this.editionId, lang)), ...this.formIssues()] : [];
    if (changed.has('values') || changed.has('loadedTools') || changed.has('api')) this.scheduleQuote();
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const selector = this.focusAfterRender;
      this.focusAfterRender = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  /** Whether the edition takes applications today (the form then shows its fields). */
  private takesApplications(): boolean {
    return this.target?.view.status === 'open' && this.target.edition.fee.kind !== 'to-be-announced';
  }

  /** Problems the schema cannot see: an answer that chose nothing from a list. */
  private formIssues(): FieldIssue[] {
    const issues: FieldIssue[] = [];
    if (this.countryPicker.pendingText) issues.push({path: 'applicant.country', code: 'not-chosen', message: 'was typed but not chosen'});
    if (this.values.membership === 'registry' && this.memberPicker.pendingText) issues.push({path: 'membership.memberId', code: 'not-chosen', message: 'was typed but not chosen'});
    return issues;
  }

  private loadMembers(): void {
    this.members = [];
    loadTools()
      .then((t) => t.createClient({baseUrl: this.apiBase!}).members())
      .then(
        (members) => (this.members = members),
        (error: unknown) => {
          console.warn('Metropolis Training: the member list could not be loaded.', error);
          this.members = 'failed';
        },
      );
  }

  // --- Drafts -------------------------------------------------------------------------------

  private restoreDraft(editionId: string): void {
    this.restoredFor = editionId;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(draftKey(editionId));
    } catch {
      return; // Storage blocked (private mode, policies): drafts are a convenience.
    }
    const restored = valuesFromDraft(stored);
    if (restored && !isBlank(restored)) {
      this.values = restored;
      this.draftRestored = true;
    }
  }

  private writeDraft(): void {
    if (!this.saveDraft || !this.target || this.phase.status === 'done') return;
    try {
      if (isBlank(this.values)) localStorage.removeItem(draftKey(this.target.edition.id));
      else localStorage.setItem(draftKey(this.target.edition.id), draftOf(this.values));
    } catch {
      // Full or blocked storage: the form still works.
    }
  }

  private deleteDraft(): void {
    if (!this.target) return;
    try {
      localStorage.removeItem(draftKey(this.target.edition.id));
    } catch {
      // Nothing was stored.
    }
  }

  private onClearForm(): void {
    this.values = emptyValues();
    this.touched = new Set();
    this.submitted = false;
    this.serverErrors = new Map();
    this.countryPicker.reset();
    this.memberPicker.reset();
    this.draftRestored = false;
    this.attempt = undefined;
    this.deleteDraft();
    this.announcement = this.i18n.messages.form.cleared;
    this.focusAfterRender = `#${this.idPrefix}-givenName`;
  }

  // --- Values and validation ----------------------------------------------------------------

  private setValue<K extends keyof FormValues>(field: K, value: FormValues[K]): void {
    if (this.values[field] === value) return;
    this.values = {...this.values, [field]: value};
    this.forgetServerError(field);
    this.writeDraft();
  }

  private forgetServerError(field: string): void {
    if (this.serverErrors.has(field)) {
      const next = new Map(this.serverErrors);
      next.delete(field);
      this.serverErrors = next;
    }
  }

  private setColleague(index: number, field: (typeof colleagueFields)[number], value: string): void {
    const colleagues = this.values.colleagues.map((row, i) => (i === index ? {...row, [field]: value} : row));
    this.values = {...this.values, colleagues};
    this.forgetServerError(colleagueKey(index, field));
    this.writeDraft();
  }

  private touch(field: string): void {
    if (this.touched.has(field)) return;
    this.touched = new Set(this.touched).add(field);
  }

  /** The first problem of each field, keyed by field. */
  private problems(): Map<string, string> {
    const out = new Map<string, string>();
    for (const issue of this.issues) {
      const field = fieldOf(issue.path, this.values);
      if (!out.has(field)) out.set(field, this.wordsFor(field, issue));
    }
    for (const [field, message] of this.serverErrors) if (!out.has(field)) out.set(field, message);
    return out;
  }

  private fieldMessages(field: string): FieldMessages | undefined {
    const m = this.i18n.messages.form.fields;
    const colleague = /^colleague-\d+-(givenName|familyName|email)$/.exec(field);
    if (colleague) return m[colleague[1] === 'email' ? 'colleagueEmail' : colleague[1] === 'givenName' ? 'colleagueGivenName' : 'colleagueFamilyName'];
    return (m as Record<string, FieldMessages>)[field];
  }

  private wordsFor(field: string, issue: FieldIssue): string {
    const words = this.fieldMessages(field);
    if (!words) return issue.message;
    const kind = problemKind(issue, valueOf(this.values, field));
    if (kind === 'too-long') return this.i18n.messages.form.tooLong(limitOf(field));
    if (kind === 'invalid') return words.invalid ?? words.required;
    return words.required;
  }

  /** The error shown for a field: only once it was left, or after a submit. */
  private shownError(field: string, problems: Map<string, string>): string | undefined {
    if (!this.submitted && !this.touched.has(field) && !this.serverErrors.has(field)) return undefined;
    return problems.get(field);
  }

  // --- The price ----------------------------------------------------------------------------

  private scheduleQuote(): void {
    const target = this.target;
    const claim = membershipClaim(this.values);
    if (!target || !this.takesApplications() || target.edition.fee.kind !== 'schedule' || !this.values.country || !claim) {
      clearTimeout(this.quoteTimer);
      this.quoteAbort?.abort();
      this.quoteKey = '';
      if (this.quoteState.status !== 'none') this.quoteState = {status: 'none'};
      return;
    }
    const participants = participantCount(this.values);
    const lang = this.i18n.lang as UiLanguage;
    const key = JSON.stringify([target.edition.id, this.values.country, claim, participants, lang, this.apiBase]);
    if (key === this.quoteKey) return;
    this.quoteKey = key;
    if (!this.apiBase) {
      // No server: the SDK's engine, as the server would price it (no registry here: a claimed
      // membership is priced as a non-member until checked, like the server does).
      const schedule = target.schedule;
      if (!schedule) return;
      const request = {date: todayIn(target.edition, clockOf(this.now)), membership: 'non-member', country: this.values.country, participants, lang} as const;
      void loadEstimate().then((engine) => {
        if (this.quoteKey === key) this.showQuote(engine.quote(schedule, request), true);
      });
      return;
    }
    clearTimeout(this.quoteTimer);
    this.quoteAbort?.abort();
    const previous = this.quoteState.status === 'ready' || this.quoteState.status === 'loading' ? this.quoteState.quote : undefined;
    this.quoteState = {status: 'loading', ...(previous ? {quote: previous} : {}), estimate: false};
    this.quoteTimer = setTimeout(() => {
      const abort = new AbortController();
      this.quoteAbort = abort;
      loadTools()
        .then((tools) => tools.createClient({baseUrl: this.apiBase!}).quote(target.edition.id, {country: this.values.country, membership: claim, participants, lang}, {signal: abort.signal}))
        .then(
          (priced) => {
            if (!abort.signal.aborted) this.showQuote(priced, false);
          },
          (error: unknown) => {
            if (abort.signal.aborted) return;
            console.warn('Metropolis Training: the price could not be updated.', error);
            this.quoteKey = '';
            this.quoteState = {status: 'failed'};
          },
        );
    }, QUOTE_DEBOUNCE_MS);
  }

  private showQuote(quote: Quote, estimate: boolean): void {
    this.quoteState = {status: 'ready', quote, estimate};
    this.announcement = this.i18n.messages.form.totalAnnounced(formatMoney(quote.total, this.i18n.locale));
    this.dispatchEvent(new QuoteChangeEvent(quote, estimate));
  }

  // --- Handlers -----------------------------------------------------------------------------

  private onText(field: (typeof applicantFields)[number] | 'memberName' | 'motivation' | 'website', event: Event): void {
    this.setValue(field, (event.target as HTMLInputElement).value);
  }

  private onMembership(choice: MembershipChoice): void {
    this.setValue('membership', choice);
    this.forgetServerError('memberId');
    this.forgetServerError('memberName');
  }

  private onAddColleague(): void {
    if (this.values.colleagues.length >= applicationLimits.groupMembers) return;
    this.values = {...this.values, colleagues: [...this.values.colleagues, {givenName: '', familyName: '', email: ''}]};
    this.writeDraft();
    this.focusAfterRender = `#${this.idPrefix}-${colleagueKey(this.values.colleagues.length - 1, 'givenName')}`;
  }

  private onRemoveColleague(index: number): void {
    const colleagues = this.values.colleagues.filter((_, i) => i !== index);
    this.values = {...this.values, colleagues};
    // Rows below moved up: their touched state and server errors no longer match.
    this.touched = new Set([...this.touched].filter((field) => !field.startsWith('colleague-')));
    this.serverErrors = new Map([...this.serverErrors].filter(([field]) => !field.startsWith('colleague-')));
    this.writeDraft();
    this.announcement = this.i18n.messages.form.colleagueRemoved(index + 1);
    this.focusAfterRender = `#${this.idPrefix}-add-colleague`;
  }

  private onErrorLink(event: Event, field: string): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${field}`) ?? this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`);
    input?.focus();
    input?.scrollIntoView?.({block: 'center'});
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase.status === 'sending' || !this.target || !this.editionId) return;
    this.submitted = true;
    const problems = this.problems();
    if (problems.size > 0 || !this.loadedTools) {
      this.phase = {status: 'editing'};
      this.focusAfterRender = '[part="error-summary"]';
      return;
    }
    const m = this.i18n.messages.form;
    if (!this.apiBase) {
      this.phase = {status: 'failed', message: m.notConnected};
      this.focusAfterRender = '[data-failure]';
      return;
    }
    await this.send();
  }

  private async send(): Promise<void> {
    const t = this.loadedTools!;
    const m = this.i18n.messages.form;
    const input = applicationOf(this.values, this.editionId!, this.i18n.lang as UiLanguage);
    const body = JSON.stringify(input);
    if (this.attempt?.body !== body) this.attempt = {body, key: t.newIdempotencyKey()};
    this.phase = {status: 'sending'};
    this.announcement = m.sendingStatus;
    try {
      const receipt = await t.createClient({baseUrl: this.apiBase!}).apply(input, {idempotencyKey: this.attempt.key});
      this.phase = {status: 'done', receipt, sent: input};
      this.deleteDraft();
      this.announcement = '';
      this.focusAfterRender = '[part="confirmation"] [data-heading]';
      this.dispatchEvent(new ApplicationSubmittedEvent(receipt.reference, receipt.editionId));
    } catch (error) {
      this.onSendFailure(error);
    }
  }

  private onSendFailure(error: unknown): void {
    const m = this.i18n.messages.form;
    const failure = error instanceof Error ? error : new Error(String(error));
    const status = (failure as {status?: number}).status;
    const issues = (failure as {issues?: readonly FieldIssue[]}).issues ?? [];
    if (failure.name === 'ApiError' && (status === 422 || status === 400) && issues.length) {
      // The server's rules said no: each problem lands on its field.
      const serverErrors = new Map<string, string>();
      const unplaced: string[] = [];
      for (const issue of issues) {
        const field = fieldOf(issue.path, this.values);
        const words = this.fieldMessages(field);
        if (field === 'form' || !words) unplaced.push(issue.message);
        else if (!serverErrors.has(field)) serverErrors.set(field, issue.code === 'too_big' ? m.tooLong(limitOf(field)) : words.invalid ?? words.required);
      }
      this.serverErrors = serverErrors;
      this.phase = unplaced.length ? {status: 'failed', message: `${m.sendRejected} ${unplaced.join(' ')}`} : {status: 'editing'};
      this.announcement = '';
      this.focusAfterRender = serverErrors.size ? '[part="error-summary"]' : '[data-failure]';
      return;
    }
    let message = m.sendFailedServer;
    if (failure.name === 'NetworkError' || failure.name === 'TimeoutError') message = m.sendFailedOffline;
    else if (failure.name === 'ApiError' && status === 429) message = m.sendRateLimited((failure as {retryAfter?: number}).retryAfter ?? 60);
    else if (failure.name === 'ApiError' && status !== undefined && status < 500) message = `${m.sendRejected} ${failure.message}`;
    // No personal data in the console: the error names the request, never the answers.
    console.error(`Metropolis Training: the application could not be sent. ${failure.name}${status ? ` ${status}` : ''}`);
    this.phase = {status: 'failed', message};
    this.announcement = '';
    this.focusAfterRender = '[data-failure] button';
  }

  private onRetry(): void {
    void this.send();
  }

  // --- Rendering ----------------------------------------------------------------------------

  private heading(text: string, part = 'heading'): TemplateResult {
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    return html`<h2 part=${part} class="title" aria-level=${level} data-heading tabindex="-1">${text}</h2>`;
  }

  private describedBy(field: string, error: string | undefined, hint: boolean): string | undefined {
    const ids = [hint ? `${this.idPrefix}-${field}-hint` : '', error ? `${this.idPrefix}-${field}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  private errorOf(field: string, error: string | undefined): TemplateResult | typeof nothing {
    return error ? html`<p part="error" class="field-error" id="${this.idPrefix}-${field}-error">${error}</p>` : nothing;
  }

  private labelOf(words: FieldMessages, required: boolean): TemplateResult {
    return html`${words.label}${required ? html` <span class="required">(${this.i18n.messages.form.required})</span>` : nothing}`;
  }

  private textField(field: (typeof applicantFields)[number] | 'memberName', problems: Map<string, string>, type: 'text' | 'email' = 'text'): TemplateResult {
    const words = this.fieldMessages(field)!;
    const error = this.shownError(field, problems);
    const id = `${this.idPrefix}-${field}`;
    return html`<div class="field">
      <label for=${id}>${this.labelOf(words, true)}</label>
      ${words.hint ? html`<span class="hint" id="${id}-hint">${words.hint}</span>` : nothing}
      <input
        part="input"
        id=${id}
        type=${type}
        autocomplete=${field === 'memberName' ? 'off' : autocompleteTokens[field]}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, error, !!words.hint) ?? nothing}
        ?spellcheck=${type === 'email' ? false : nothing}
        .value=${this.values[field]}
        @input=${(e: Event) => this.onText(field, e)}
        @blur=${() => this.touch(field)}
      />
      ${this.errorOf(field, error)}
    </div>`;
  }

  private renderAboutYou(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const countryError = this.shownError('country', problems);
    const stageError = this.shownError('careerStage', problems);
    const stageId = `${this.idPrefix}-careerStage`;
    return html`<fieldset>
      <legend>${m.sectionYou}</legend>
      <div class="row">${this.textField('givenName', problems)}${this.textField('familyName', problems)}</div>
      ${this.textField('email', problems, 'email')}
      <div class="row">${this.textField('organization', problems)}${this.textField('position', problems)}</div>
      <div class="row">
        ${this.textField('city', problems)}
        <div class="field">
          ${this.countryPicker.render({
            options: this.countries?.options ?? [],
            value: this.values.country || undefined,
            label: m.fields.country.label,
            labelNote: `(${m.required})`,
            describedBy: this.describedBy('country', countryError, true),
            invalid: !!countryError,
            required: true,
            autocomplete: 'country',
            noMatch: m.noMatch,
            count: m.results,
          })}
          <span class="hint" id="${this.idPrefix}-country-hint">${m.fields.country.hint}</span>
          ${this.errorOf('country', countryError)}
        </div>
      </div>
      <div class="field">
        <label for=${stageId}>${this.labelOf(m.fields.careerStage, true)}</label>
        <select part="input" id=${stageId} required aria-invalid=${stageError ? 'true' : 'false'} aria-describedby=${this.describedBy('careerStage', stageError, false) ?? nothing}
          @change=${(e: Event) => this.setValue('careerStage', (e.target as HTMLSelectElement).value)} @blur=${() => this.touch('careerStage')}>
          <option value="" ?selected=${!this.values.careerStage}>${m.chooseOne}</option>
          ${(['junior', 'mid-career', 'senior'] as const).map((stage) => html`<option value=${stage} ?selected=${this.values.careerStage === stage}>${m.careerStages[stage]}</option>`)}
        </select>
        ${this.errorOf('careerStage', stageError)}
      </div>
    </fieldset>`;
  }

  private renderMembership(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const error = this.shownError('membership', problems);
    const memberError = this.shownError('memberId', problems);
    const choice = this.values.membership;
    const registry = this.apiBase && this.members !== 'failed';
    const locale = this.i18n.locale;
    const memberOptions: ComboboxOption[] = Array.isArray(this.members)
      ? this.members.map((member) => ({value: member.id, label: member.name, hint: `${member.city}, ${countryName(member.country, locale)}`, keywords: `${member.city}|${member.country}`}))
      : [];
    const radio = (value: MembershipChoice, label: string) => html`<label class="choice">
      <input type="radio" name="${this.idPrefix}-membership" value=${value} data-field="membership" .checked=${choice === value}
        aria-describedby=${error ? `${this.idPrefix}-membership-error` : nothing} @change=${() => this.onMembership(value)} @blur=${() => this.touch('membership')} />
      <span>${label}</span>
    </label>`;
    return html`<fieldset>
      <legend>${m.sectionMembership}</legend>
      <div class="field" role="radiogroup" aria-labelledby="${this.idPrefix}-membership-label" aria-required="true">
        <span class="label" id="${this.idPrefix}-membership-label">${this.labelOf(m.fields.membership, true)}</span>
        ${this.errorOf('membership', error)}
        ${registry ? radio('registry', m.membershipRegistry) : nothing}
        ${radio('unlisted', m.membershipUnlisted)}
        ${radio('none', m.membershipNone)}
      </div>
      ${this.members === 'failed' ? html`<p class="hint">${m.membershipUnavailable}</p>` : nothing}
      ${choice === 'registry' && registry
        ? html`<div class="field">
            ${this.memberPicker.render({
              options: memberOptions,
              value: this.values.memberId || undefined,
              label: m.fields.memberId.label,
              labelNote: `(${m.required})`,
              describedBy: this.describedBy('memberId', memberError, true),
              invalid: !!memberError,
              required: true,
              noMatch: m.noMatch,
              count: m.results,
            })}
            <span class="hint" id="${this.idPrefix}-memberId-hint">${m.fields.memberId.hint}</span>
            ${this.errorOf('memberId', memberError)}
          </div>`
        : nothing}
      ${choice === 'unlisted' ? this.textField('memberName', problems) : nothing}
    </fieldset>`;
  }

  private renderColleagues(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const {colleagues} = this.values;
    return html`<fieldset>
      <legend>${m.sectionGroup}</legend>
      <p class="hint">${m.colleaguesHint}</p>
      ${colleagues.map((row, index) => html`<fieldset class="colleague">
        <legend>${m.colleague(index + 1)}</legend>
        <div class="row">
          ${colleagueFields.map((field) => {
            const key = colleagueKey(index, field);
            const words = this.fieldMessages(key)!;
            const error = this.shownError(key, problems);
            const id = `${this.idPrefix}-${key}`;
            return html`<div class="field">
              <label for=${id}>${this.labelOf(words, true)}</label>
              <input part="input" id=${id} type=${field === 'email' ? 'email' : 'text'} autocomplete="off" required
                aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}
                .value=${row[field]} @input=${(e: Event) => this.setColleague(index, field, (e.target as HTMLInputElement).value)} @blur=${() => this.touch(key)} />
              ${this.errorOf(key, error)}
            </div>`;
          })}
        </div>
        <div><button type="button" class="secondary" @click=${() => this.onRemoveColleague(index)}>${m.removeColleague(index + 1)}</button></div>
      </fieldset>`)}
      ${colleagues.length < applicationLimits.groupMembers
        ? html`<div><button type="button" class="secondary" id="${this.idPrefix}-add-colleague" @click=${this.onAddColleague}>${m.addColleague}</button></div>`
        : nothing}
    </fieldset>`;
  }

  private renderMotivation(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const words = m.fields.motivation;
    const error = this.shownError('motivation', problems);
    const id = `${this.idPrefix}-motivation`;
    const max = applicationLimits.motivation;
    const used = this.values.motivation.trim().length;
    const over = used - max;
    // Announced only near the limit, so screen readers are not told every keystroke.
    const near = used >= max * 0.9;
    return html`<fieldset>
      <legend>${m.sectionMotivation}</legend>
      <div class="field">
        <label for=${id}>${this.labelOf(words, true)}</label>
        <span class="hint" id="${id}-hint">${words.hint}</span>
        <textarea part="input" id=${id} required rows="8" aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${id}-hint ${id}-count${error ? ` ${id}-error` : ''}"
          .value=${this.values.motivation} @input=${(e: Event) => this.onText('motivation', e)} @blur=${() => this.touch('motivation')}></textarea>
        <span class="count ${over > 0 ? 'over' : ''}" id="${id}-count" aria-live=${near ? 'polite' : 'off'}>${over > 0 ? m.charactersOver(over) : m.characters(used, max)}</span>
        ${this.errorOf('motivation', error)}
      </div>
    </fieldset>`;
  }

  private renderConsent(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const error = this.shownError('privacy', problems);
    const id = `${this.idPrefix}-privacy`;
    return html`<fieldset>
      <legend>${m.sectionConsent}</legend>
      <div class="field">
        <label class="choice">
          <input type="checkbox" id=${id} required .checked=${this.values.privacy} aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${id}-error` : nothing}
            @change=${(e: Event) => this.setValue('privacy', (e.target as HTMLInputElement).checked)} @blur=${() => this.touch('privacy')} />
          <span>${this.labelOf(m.fields.privacy, true)}</span>
        </label>
        ${safeUrl('privacy-href', this.privacyHref) ? html`<a href=${this.privacyHref} target="_blank" rel="noopener">${m.privacyLink}</a>` : nothing}
        ${this.errorOf('privacy', error)}
      </div>
      <label class="choice">
        <input type="checkbox" .checked=${this.values.news} @change=${(e: Event) => this.setValue('news', (e.target as HTMLInputElement).checked)} />
        <span>${m.news}</span>
      </label>
    </fieldset>`;
  }

  private renderQuoteTable(quote: Quote): TemplateResult {
    const m = this.i18n.messages.form;
    const locale = this.i18n.locale;
    const money = (amount: number) => formatMoney({amount, currency: quote.currency}, locale);
    const part = quote.parts.length === 1 ? quote.parts[0] : undefined;
    return html`<table class="price-table">
      <tbody>
        <tr><th scope="row">${m.listPrice}</th><td class="amount">${money(quote.listPrice.amount)}</td></tr>
        ${(part?.lines ?? quote.lines).map((line) => html`<tr class=${line.applied ? '' : 'not-applied'}>
          <th scope="row">${line.label}${line.applied ? nothing : html` (${m.notApplied})`}<span class="reason">${line.reason}</span></th>
          <td class="amount">${line.applied ? `−${money(line.amount.amount)}` : '—'}</td>
        </tr>`)}
      </tbody>
      <tfoot>
        ${quote.parts.map((p) => html`<tr><th scope="row">${m.perParticipant}${quote.parts.length > 1 || quote.participants > 1 ? html` <span class="reason">${m.participants(p.count)}</span>` : nothing}</th><td class="amount">${money(p.perParticipant.amount)}</td></tr>`)}
        <tr part="total"><th scope="row">${m.total}${quote.participants > 1 ? html` <span class="reason">${m.participants(quote.participants)}</span>` : nothing}</th><td class="amount">${money(quote.total.amount)}</td></tr>
      </tfoot>
    </table>
    ${quote.notes.length ? html`<ul class="notes">${quote.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}`;
  }

  private renderQuote(): TemplateResult {
    const m = this.i18n.messages.form;
    const target = this.target!;
    let body: TemplateResult;
    if (target.edition.fee.kind === 'free') body = html`<p>${m.free}</p>`;
    else {
      const q = this.quoteState;
      const quote = q.status === 'ready' || q.status === 'loading' ? q.quote : undefined;
      body = html`${q.status === 'none' ? html`<p>${m.feeNeedsCountry}</p>` : nothing}
        ${q.status === 'failed' ? html`<p>${m.feeFailed}</p>` : nothing}
        ${quote ? html`<div aria-busy=${q.status === 'loading' ? 'true' : 'false'}>
              <p class="hint">${q.status === 'ready' && q.estimate ? m.feeEstimate : m.feeFromServer}</p>
              ${this.renderQuoteTable(quote)}
              <p class="hint">${m.invoiceConfirms}</p>
            </div>`
          : q.status === 'loading' ? html`<p>${m.feeLoading}</p>` : nothing}`;
    }
    return html`<section part="quote" class="quote" aria-labelledby="${this.idPrefix}-fee">
      <h3 id="${this.idPrefix}-fee">${m.feeTitle}</h3>
      ${body}
    </section>`;
  }

  private renderSummary(problems: Map<string, string>): TemplateResult | typeof nothing {
    if (!this.submitted || problems.size === 0) return nothing;
    const m = this.i18n.messages.form;
    return html`<div part="error-summary" class="summary" tabindex="-1" role="group" aria-labelledby="${this.idPrefix}-summary-title">
      <h3 id="${this.idPrefix}-summary-title">${m.errorSummary}</h3>
      <p>${m.errorCount(problems.size)}</p>
      <ul>
        ${[...problems].map(([field, message]) => html`<li><a href="#${this.idPrefix}-${field}" @click=${(e: Event) => this.onErrorLink(e, field)}>${message}</a></li>`)}
      </ul>
    </div>`;
  }

  private renderClosed(view: EditionView): TemplateResult {
    const m = this.i18n.messages.form;
    const {edition} = view;
    const locale = this.i18n.locale;
    let message: string;
    if (edition.fee.kind === 'to-be-announced' && view.status === 'open') message = m.notOpen.feeToBeAnnounced;
    else if (view.status === 'upcoming') message = edition.applications?.opens ? m.notOpen.upcoming(formatDay(edition.applications.opens, locale)) : m.notOpen.upcomingUndated;
    else if (view.status === 'closed') {
      const deadline = applicationDeadline(edition);
      message = deadline ? m.notOpen.closed(formatDay(deadline, locale)) : m.notOpen.closed('—');
    } else message = m.notOpen[view.status as 'in-progress' | 'completed' | 'cancelled'];
    return html`<div part="base">
      ${this.heading(m.title(view.title))}
      <p class="facts">${m.editionFacts(view.dates, view.place)}</p>
      ${stateMessage(message)}
    </div>`;
  }

  /** What was sent, as the applicant typed it (text only; `dir="auto"` for right-to-left answers). */
  private renderSent(sent: ApplicationInput): TemplateResult {
    const m = this.i18n.messages.form;
    const {applicant} = sent;
    const row = (label: string, value: string) => html`<dt>${label}</dt><dd dir="auto">${value}</dd>`;
    const person = (p: {givenName: string; familyName: string; email: string}) => `${p.givenName} ${p.familyName} <${p.email}>`;
    return html`<details class="sent">
      <summary>${m.sentTitle}</summary>
      <dl>
        ${row(m.sentApplicant, person(applicant))}
        ${row(m.fields.organization.label, applicant.organization)}
        ${row(m.fields.position.label, applicant.position)}
        ${row(m.fields.city.label, `${applicant.city}, ${countryName(applicant.country, this.i18n.locale)}`)}
        ${(sent.groupMembers ?? []).map((colleague, index) => row(m.colleague(index + 1), person(colleague)))}
        ${row(m.fields.motivation.label, sent.motivation)}
      </dl>
    </details>`;
  }

  private renderConfirmation(receipt: ApplicationReceipt, sent: ApplicationInput, view: EditionView): TemplateResult {
    const m = this.i18n.messages.form;
    return html`<div part="base">
      <section part="confirmation" class="confirmation">
        ${this.heading(m.successTitle)}
        <p class="facts">${view.title} · ${m.editionFacts(view.dates, view.place)}</p>
        <p class="reference"><strong>${m.successReference(receipt.reference)}</strong></p>
        <p dir="auto">${m.successEmail(sent.applicant.email)}</p>
        <h3>${m.successFee}</h3>
        ${receipt.quote.total.amount === 0 && receipt.quote.listPrice.amount === 0 ? html`<p>${m.free}</p>` : this.renderQuoteTable(receipt.quote)}
        <h3>${m.nextStepsTitle}</h3>
        <ol>${m.nextSteps.map((step) => html`<li>${step}</li>`)}</ol>
        ${this.renderSent(sent)}
      </section>
    </div>`;
  }

  override render(): TemplateResult {
    const {state} = this.source;
    const {common: c, form: m} = this.i18n.messages;
    if (state.status !== 'ready') return sourceState(state, c, () => this.source.retry());
    if (!this.editionId) return html`<div part="base">${stateMessage(m.noEdition, {})}</div>`;
    const target = this.target;
    if (!target) return html`<div part="base">${stateMessage(m.unknownEdition, {})}</div>`;
    const {view} = target;
    if (this.phase.status === 'done') return this.renderConfirmation(this.phase.receipt, this.phase.sent, view);
    if (!this.takesApplications()) return this.renderClosed(view);
    const problems = this.loadedTools ? this.problems() : new Map<string, string>();
    const sending = this.phase.status === 'sending';
    const failure = this.phase.status === 'failed' ? this.phase.message : undefined;
    return html`<div part="base">
      ${this.heading(m.title(view.title))}
      <p class="facts">${m.editionFacts(view.dates, view.place)}</p>
      ${this.draftRestored
        ? html`<div part="notice" class="notice"><p>${m.draftRestored}</p><button type="button" class="secondary" @click=${this.onClearForm}>${m.clearForm}</button></div>`
        : nothing}
      <p class="hint">${m.intro}${this.saveDraft ? ` ${m.draftSavedNote}` : ''}</p>
      <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${sending ? 'true' : 'false'}>
        ${this.renderSummary(problems)}
        ${this.renderAboutYou(problems)}
        ${this.renderMembership(problems)}
        ${this.renderColleagues(problems)}
        ${this.renderMotivation(problems)}
        ${this.renderConsent(problems)}
        <div class="honeypot" aria-hidden="true">
          <label for="${this.idPrefix}-website">${m.honeypot}</label>
          <input id="${this.idPrefix}-website" type="text" name="website" tabindex="-1" autocomplete="off" .value=${this.values.website} @input=${(e: Event) => this.onText('website', e)} />
        </div>
        ${this.renderQuote()}
        ${failure
          ? html`<div class="alert" role="alert" data-failure tabindex="-1"><p>${failure}</p>${this.apiBase ? html`<button part="retry" type="button" @click=${this.onRetry}>${m.retry}</button>` : nothing}</div>`
          : nothing}
        <div class="actions">
          <button part="submit" type="submit" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>${sending ? m.sending : m.submit}</button>
          ${!this.draftRestored && this.saveDraft && !isBlank(this.values) ? html`<button type="button" class="secondary" @click=${this.onClearForm}>${m.clearForm}</button>` : nothing}
        </div>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}
