/**
 * `<metropolis-activity-proposal>`: proposing a learning activity to the Metropolis Secretariat.
 * @module
 */
import {countryCodes, proposalLimits, type FieldIssue, type Member, type ProposalInput, type ProposalReceipt, type Theme, type UiLanguage} from '@metropolis-training/sdk';
import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ProposalSubmittedEvent} from '../../events/proposal-submitted-event.js';
import {safeUrl} from '../../internal/attributes.js';
import {Combobox, countryOptions, type ComboboxOption} from '../../internal/combobox.js';
import {countryName} from '../../internal/edition-view.js';
import {formStyles} from '../../internal/form-styles.js';
import {submitFormStyles} from '../../internal/submit-form-styles.js';
import {baseStyles, catalogStyles} from '../../internal/styles.js';
import {activityProposalMessages} from '../../localize/activity-proposal.js';
import {commonMessages} from '../../localize/common.js';
import type {FieldMessages} from '../../localize/en/application-form.js';
import {LocaleController} from '../../localize/locale-controller.js';
import {styles} from './activity-proposal.styles.js';
import {
  activityLanguages,
  audiences,
  careerStages,
  DRAFT_KEY,
  draftOf,
  durationUnits,
  emptyValues,
  fieldOf,
  formats,
  isBlank,
  limitOf,
  offers,
  partnerKey,
  problemKind,
  proposalOf,
  proposerFields,
  speakerFields,
  speakerKey,
  valueOf,
  valuesFromDraft,
  type MembershipChoice,
  type PartnerValues,
  type ProposalValues,
} from './activity-proposal-model.js';

type Tools = typeof import('../../internal/proposal-tools.js');
let tools: Promise<Tools> | undefined;
/** The schema and the request, loaded once per page. */
const loadTools = () => (tools ??= import('../../internal/proposal-tools.js'));

/** Where a submission stands. */
type Phase = {status: 'editing'} | {status: 'sending'} | {status: 'failed'; message: string} | {status: 'done'; receipt: ProposalReceipt; sent: ProposalInput};

/** Text fields (input or textarea) the form keeps as strings. */
type TextField = {[K in keyof ProposalValues]: ProposalValues[K] extends string ? K : never}[keyof ProposalValues];
/** Fields that hold a list of words (checkbox groups). */
type ListField = 'themes' | 'audience' | 'careerStages' | 'languages';

const autocompleteTokens: Record<(typeof proposerFields)[number], string> = {
  givenName: 'given-name',
  familyName: 'family-name',
  email: 'email',
  organization: 'organization',
  position: 'organization-title',
  city: 'address-level2',
};

/** The catalog's themes (the SDK's `Theme` vocabulary), in the order the course list shows them; no zod needed to list them. */
const themes: readonly string[] = Object.keys(commonMessages.en.themes);

let instances = 0;

/**
 * @tagname metropolis-activity-proposal
 * @summary The form where a member or partner proposes a learning activity (a webinar, an online
 * course, an in-person programme or a Learning Hub): who proposes, the activity, the fields its
 * format asks for, partners, what the proposer offers and consent, with validation from the
 * SDK's schema, safe retries and optional drafts.
 *
 * @fires metropolis-proposal-submitted - ProposalSubmittedEvent, when the server has stored the proposal (its receipt only, no personal data).
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The form's title.
 * @csspart form - The `<form>`.
 * @csspart input - Each text input, select and textarea.
 * @csspart error - Each field's error message.
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart submit - The send button.
 * @csspart notice - The draft notice.
 * @csspart confirmation - What is shown once the proposal is received.
 * @csspart retry - The retry button.
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
 * @cssprop --metropolis-space - Spacing unit (default 1rem).
 * @cssprop --metropolis-font-family - Font: the page's own unless set (default inherit).
 * @cssprop --metropolis-font-size - Base font size (default 1rem).
 */
export class ActivityProposal extends LitElement {
  /** The element's styles: the shared tokens, the form styles, then its own. */
  static override styles = [baseStyles, catalogStyles, formStyles, submitFormStyles, styles];
  /** Focusing the element focuses its first field (a skip link, a dialog that opens it). */
  static override shadowRootOptions: ShadowRootInit = {...LitElement.shadowRootOptions, delegatesFocus: true};

  private readonly i18n = new LocaleController(this, {common: commonMessages, form: activityProposalMessages});

  /** Base URL of the Metropolis Training API server that stores proposals (`POST /v1/proposals`). */
  @property() api?: string;
  /** Page of the privacy notice the consent box links to. */
  @property({attribute: 'privacy-href'}) privacyHref?: string;
  /** Keep what was typed in this browser (`localStorage`) until it is sent; the consent boxes are never kept. */
  @property({type: Boolean, attribute: 'save-draft'}) saveDraft = false;
  /** Level of the form's title in the page's outline, 2 to 6 (default 2). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  @state() private values: ProposalValues = emptyValues();
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  @state() private serverErrors = new Map<string, string>();
  @state() private phase: Phase = {status: 'editing'};
  @state() private members: Member[] | 'failed' | undefined;
  @state() private draftRestored = false;
  @state() private announcement = '';
  @state() private loadedTools: Tools | undefined;

  private readonly idPrefix = `metropolis-activity-proposal-${++instances}`;
  private readonly countryPicker = new Combobox(this, `${this.idPrefix}-country`, (code) => this.setValue('country', code ?? ''), () => this.touch('country'));
  private readonly memberPicker = new Combobox(this, `${this.idPrefix}-memberId`, (id) => this.setValue('memberId', id ?? ''), () => this.touch('memberId'));
  private countries: {locale: string; options: ComboboxOption[]} | undefined;
  private issues: readonly FieldIssue[] = [];
  /** The idempotency key of the last attempt, reused while the proposal is unchanged. */
  private attempt: {body: string; key: string} | undefined;
  private focusAfterRender: string | undefined;
  private draftChecked = false;

  /** Focuses the first field (delegatesFocus alone would pick the title, focusable for announcements). */
  override focus(options?: FocusOptions): void {
    const first = this.renderRoot.querySelector<HTMLElement>('form input:not([tabindex="-1"]), form select, form textarea');
    if (first) first.focus(options);
    else super.focus(options);
  }

  /** `api` as an absolute URL when it is http(s) or relative; anything else is ignored, with a warning. */
  private get apiBase(): string | undefined {
    const api = safeUrl('api', this.api);
    return api ? new URL(api, document.baseURI).href : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadTools().then(
      (loaded) => (this.loadedTools = loaded),
      (error: unknown) => console.error('Metropolis Training: the proposal form could not load its validation code.', error),
    );
  }

  override willUpdate(): void {
    if (this.saveDraft && !this.draftChecked) this.restoreDraft();
    if (this.apiBase && this.members === undefined) this.loadMembers();
    if (this.countries?.locale !== this.i18n.locale) this.countries = {locale: this.i18n.locale, options: countryOptions(countryCodes(), this.i18n.locale)};
    this.issues = this.loadedTools ? [...this.loadedTools.proposalIssues(proposalOf(this.values, this.i18n.lang as UiLanguage)), ...this.formIssues()] : [];
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const selector = this.focusAfterRender;
      this.focusAfterRender = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  /**
   * Problems the schema cannot see (an answer typed in a list but not chosen), and its
   * cross-field rules, which zod checks only once every field is valid: said at once here.
   */
  private formIssues(): FieldIssue[] {
    const issues: FieldIssue[] = [];
    const {periodStart, periodEnd, format, speakers} = this.values;
    const month = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;
    if (month.test(periodStart.trim()) && month.test(periodEnd.trim()) && periodEnd.trim() < periodStart.trim()) {
      issues.push({path: 'activity.period.end', code: 'custom', message: 'must not be before activity.period.start'});
    }
    if (format === 'webinar' && speakers.length === 0) issues.push({path: 'activity.speakers', code: 'custom', message: 'must name at least one speaker for a webinar'});
    if (this.countryPicker.pendingText) issues.push({path: 'proposer.country', code: 'not-chosen', message: 'was typed but not chosen'});
    if (this.values.membership === 'registry' && this.memberPicker.pendingText) issues.push({path: 'proposer.membership.memberId', code: 'not-chosen', message: 'was typed but not chosen'});
    return issues;
  }

  private loadMembers(): void {
    this.members = [];
    loadTools()
      .then((t) => t.members(this.apiBase!))
      .then(
        (members) => (this.members = members),
        (error: unknown) => {
          console.warn('Metropolis Training: the member list could not be loaded.', error);
          this.members = 'failed';
        },
      );
  }

  // --- Drafts -------------------------------------------------------------------------------

  private restoreDraft(): void {
    this.draftChecked = true;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(DRAFT_KEY);
    } catch {
      return; // Storage blocked (private mode, policies): drafts are a convenience.
    }
    const restored = valuesFromDraft(stored, themes);
    if (restored && !isBlank(restored)) {
      this.values = restored;
      this.draftRestored = true;
    }
  }

  private writeDraft(): void {
    if (!this.saveDraft || this.phase.status === 'done') return;
    try {
      if (isBlank(this.values)) localStorage.removeItem(DRAFT_KEY);
      else localStorage.setItem(DRAFT_KEY, draftOf(this.values));
    } catch {
      // Full or blocked storage: the form still works.
    }
  }

  private deleteDraft(): void {
    try {
      localStorage.removeItem(DRAFT_KEY);
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

  private setValue<K extends keyof ProposalValues>(field: K, value: ProposalValues[K]): void {
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

  private touch(field: string): void {
    if (this.touched.has(field)) return;
    this.touched = new Set(this.touched).add(field);
  }

  /** The first problem of each field, keyed by field, in the order of the form. */
  private problems(): Map<string, string> {
    const found = new Map<string, string>();
    for (const issue of this.issues) {
      const field = fieldOf(issue.path, this.values);
      if (!found.has(field)) found.set(field, this.wordsFor(field, issue));
    }
    for (const [field, message] of this.serverErrors) if (!found.has(field)) found.set(field, message);
    // The summary lists problems in the order the fields come in the form.
    const order = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-key]')].map((el) => el.dataset['key']!);
    const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
    return new Map([...found].sort(([a], [b]) => rank(a) - rank(b)));
  }

  private fieldMessages(field: string): FieldMessages | undefined {
    const m = this.i18n.messages.form.fields;
    const speaker = /^speaker-\d+-(name|organization|role)$/.exec(field);
    if (speaker) return m[speaker[1] === 'name' ? 'speakerName' : speaker[1] === 'organization' ? 'speakerOrganization' : 'speakerRole'];
    const partner = /^partner-\d+-(name|role)$/.exec(field);
    if (partner) return m[partner[1] === 'name' ? 'partnerName' : 'partnerRole'];
    return (m as Record<string, FieldMessages>)[field];
  }

  private wordsFor(field: string, issue: FieldIssue): string {
    const words = this.fieldMessages(field);
    if (!words) return issue.message;
    const m = this.i18n.messages.form;
    const kind = problemKind(issue, field, valueOf(this.values, field));
    if (kind === 'too-long') return m.tooLong(limitOf(field));
    if (kind === 'too-many') return field === 'speakers' ? words.invalid ?? words.required : m.tooMany(limitOf(field));
    if (kind === 'invalid') return words.invalid ?? words.required;
    return words.required;
  }

  /** The error shown for a field: only once it was left, or after a submit. */
  private shownError(field: string, problems: Map<string, string>): string | undefined {
    if (!this.submitted && !this.touched.has(field) && !this.serverErrors.has(field)) return undefined;
    return problems.get(field);
  }

  // --- Handlers -----------------------------------------------------------------------------

  private onText(field: TextField, event: Event): void {
    this.setValue(field, (event.target as HTMLInputElement).value as never);
  }

  private onToggle(field: ListField, word: string, checked: boolean): void {
    const list = this.values[field].filter((w) => w !== word);
    // Kept in the vocabulary's order, whatever the order of the clicks.
    const order = field === 'themes' ? themes : field === 'audience' ? audiences : field === 'careerStages' ? careerStages : activityLanguages;
    this.setValue(field, checked ? (order as readonly string[]).filter((w) => w === word || list.includes(w)) : list);
    this.touch(field);
  }

  private onFormat(format: ProposalValues['format']): void {
    this.values = {...this.values, format, ...(format === 'webinar' && this.values.speakers.length === 0 ? {speakers: [{name: '', organization: '', role: ''}]} : {})};
    this.forgetServerError('format');
    this.writeDraft();
  }

  private onMembership(choice: MembershipChoice): void {
    this.setValue('membership', choice);
    this.forgetServerError('memberId');
    this.forgetServerError('memberName');
  }

  private setSpeaker(index: number, field: (typeof speakerFields)[number], value: string): void {
    this.values = {...this.values, speakers: this.values.speakers.map((row, i) => (i === index ? {...row, [field]: value} : row))};
    this.forgetServerError(speakerKey(index, field));
    this.writeDraft();
  }

  private onAddSpeaker(): void {
    if (this.values.speakers.length >= proposalLimits.speakers) return;
    this.values = {...this.values, speakers: [...this.values.speakers, {name: '', organization: '', role: ''}]};
    this.forgetServerError('speakers');
    this.writeDraft();
    this.focusAfterRender = `#${this.idPrefix}-${speakerKey(this.values.speakers.length - 1, 'name')}`;
  }

  private onRemoveSpeaker(index: number): void {
    this.values = {...this.values, speakers: this.values.speakers.filter((_, i) => i !== index)};
    // Rows below moved up: their touched state and server errors no longer match.
    this.touched = new Set([...this.touched].filter((field) => !field.startsWith('speaker-')));
    this.serverErrors = new Map([...this.serverErrors].filter(([field]) => !field.startsWith('speaker-')));
    this.writeDraft();
    this.announcement = this.i18n.messages.form.speakerRemoved(index + 1);
    this.focusAfterRender = `#${this.idPrefix}-add-speaker`;
  }

  private setPartner<K extends keyof PartnerValues>(index: number, field: K, value: PartnerValues[K]): void {
    this.values = {...this.values, partners: this.values.partners.map((row, i) => (i === index ? {...row, [field]: value} : row))};
    this.forgetServerError(partnerKey(index, field));
    this.writeDraft();
  }

  private onAddPartner(): void {
    if (this.values.partners.length >= proposalLimits.partners) return;
    this.values = {...this.values, partners: [...this.values.partners, {name: '', role: 'partner'}]};
    this.writeDraft();
    this.focusAfterRender = `#${this.idPrefix}-${partnerKey(this.values.partners.length - 1, 'name')}`;
  }

  private onRemovePartner(index: number): void {
    this.values = {...this.values, partners: this.values.partners.filter((_, i) => i !== index)};
    this.touched = new Set([...this.touched].filter((field) => !field.startsWith('partner-')));
    this.serverErrors = new Map([...this.serverErrors].filter(([field]) => !field.startsWith('partner-')));
    this.writeDraft();
    this.announcement = this.i18n.messages.form.partnerRemoved(index + 1);
    this.focusAfterRender = `#${this.idPrefix}-add-partner`;
  }

  private onErrorLink(event: Event, field: string): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${field}`) ?? this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`);
    input?.focus();
    input?.scrollIntoView?.({block: 'center'});
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase.status === 'sending') return;
    this.submitted = true;
    const problems = this.problems();
    if (problems.size > 0 || !this.loadedTools) {
      this.phase = {status: 'editing'};
      this.focusAfterRender = '[part="error-summary"]';
      return;
    }
    if (!this.apiBase) {
      this.phase = {status: 'failed', message: this.i18n.messages.form.notConnected};
      this.focusAfterRender = '[data-failure]';
      return;
    }
    await this.send();
  }

  private async send(): Promise<void> {
    const t = this.loadedTools!;
    const m = this.i18n.messages.form;
    const input = proposalOf(this.values, this.i18n.lang as UiLanguage);
    const body = JSON.stringify(input);
    // One key per proposal: a retry of the same answers reuses it, so the server stores one.
    if (this.attempt?.body !== body) this.attempt = {body, key: t.newIdempotencyKey()};
    this.phase = {status: 'sending'};
    this.announcement = m.sendingStatus;
    try {
      const receipt = await t.submitProposal(this.apiBase!, input, this.attempt.key);
      this.phase = {status: 'done', receipt, sent: input};
      this.deleteDraft();
      this.announcement = '';
      this.focusAfterRender = '[part="confirmation"] [data-heading]';
      this.dispatchEvent(new ProposalSubmittedEvent(receipt));
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
    console.error(`Metropolis Training: the proposal could not be sent. ${failure.name}${status ? ` ${status}` : ''}`);
    this.phase = {status: 'failed', message};
    this.announcement = '';
    this.focusAfterRender = '[data-failure] button';
  }

  private onRetry(): void {
    void this.send();
  }

  // --- Rendering ----------------------------------------------------------------------------

  private heading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    return html`<h2 part="heading" class="title" aria-level=${level} data-heading tabindex="-1">${text}</h2>`;
  }

  private describedBy(field: string, error: string | undefined, hint: boolean, more = ''): string | undefined {
    const ids = [hint ? `${this.idPrefix}-${field}-hint` : '', more, error ? `${this.idPrefix}-${field}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  private errorOf(field: string, error: string | undefined): TemplateResult | typeof nothing {
    return error ? html`<p part="error" class="field-error" id="${this.idPrefix}-${field}-error">${error}</p>` : nothing;
  }

  private labelOf(words: FieldMessages, required: boolean): TemplateResult {
    return html`${words.label}${required ? html` <span class="required">(${this.i18n.messages.form.required})</span>` : nothing}`;
  }

  private hintOf(field: string, words: FieldMessages): TemplateResult | typeof nothing {
    return words.hint ? html`<span class="hint" id="${this.idPrefix}-${field}-hint">${words.hint}</span>` : nothing;
  }

  /** A one-line text field. */
  private textField(field: TextField, problems: Map<string, string>, options: {type?: string; required?: boolean; autocomplete?: string} = {}): TemplateResult {
    const {type = 'text', required = true, autocomplete = 'off'} = options;
    const words = this.fieldMessages(field)!;
    const error = this.shownError(field, problems);
    const id = `${this.idPrefix}-${field}`;
    return html`<div class="field" data-key=${field}>
      <label for=${id}>${this.labelOf(words, required)}</label>
      ${this.hintOf(field, words)}
      <input part="input" id=${id} type=${type} autocomplete=${autocomplete} ?required=${required}
        inputmode=${type === 'number' ? 'numeric' : nothing} min=${type === 'number' ? '1' : nothing}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${this.describedBy(field, error, !!words.hint) ?? nothing}
        ?spellcheck=${type === 'email' ? false : nothing}
        .value=${this.values[field]} @input=${(e: Event) => this.onText(field, e)} @blur=${() => this.touch(field)} />
      ${this.errorOf(field, error)}
    </div>`;
  }

  /** A text area with its character count. */
  private textArea(field: TextField, problems: Map<string, string>, required = true, rows = 5): TemplateResult {
    const m = this.i18n.messages.form;
    const words = this.fieldMessages(field)!;
    const error = this.shownError(field, problems);
    const id = `${this.idPrefix}-${field}`;
    const max = limitOf(field);
    const used = this.values[field].trim().length;
    const over = used - max;
    // Announced only near the limit, so screen readers are not told every keystroke.
    const near = used >= max * 0.9;
    return html`<div class="field" data-key=${field}>
      <label for=${id}>${this.labelOf(words, required)}</label>
      ${this.hintOf(field, words)}
      <textarea part="input" id=${id} ?required=${required} rows=${rows} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, error, !!words.hint, `${id}-count`)!}
        .value=${this.values[field]} @input=${(e: Event) => this.onText(field, e)} @blur=${() => this.touch(field)}></textarea>
      <span class="count ${over > 0 ? 'over' : ''}" id="${id}-count" aria-live=${near ? 'polite' : 'off'}>${over > 0 ? m.charactersOver(over) : m.characters(used, max)}</span>
      ${this.errorOf(field, error)}
    </div>`;
  }

  /** A select of `choices` with their labels. */
  private selectField(field: TextField, choices: readonly string[], labels: Record<string, string>, problems: Map<string, string>, blank = true): TemplateResult {
    const m = this.i18n.messages.form;
    const words = this.fieldMessages(field)!;
    const error = this.shownError(field, problems);
    const id = `${this.idPrefix}-${field}`;
    return html`<div class="field" data-key=${field}>
      <label for=${id}>${this.labelOf(words, true)}</label>
      ${this.hintOf(field, words)}
      <select part="input" id=${id} required aria-invalid=${error ? 'true' : 'false'} aria-describedby=${this.describedBy(field, error, !!words.hint) ?? nothing}
        @change=${(e: Event) => this.setValue(field, (e.target as HTMLSelectElement).value as never)} @blur=${() => this.touch(field)}>
        ${blank ? html`<option value="" ?selected=${!this.values[field]}>${m.chooseOne}</option>` : nothing}
        ${choices.map((choice) => html`<option value=${choice} ?selected=${this.values[field] === choice}>${labels[choice] ?? choice}</option>`)}
      </select>
      ${this.errorOf(field, error)}
    </div>`;
  }

  /** A group of checkboxes, one per word; the first carries the field's id (the error summary links to it). */
  private checkboxGroup(field: ListField, words: readonly string[], labelOf: (word: string) => string, problems: Map<string, string>, columns = false): TemplateResult {
    const messages = this.fieldMessages(field)!;
    const error = this.shownError(field, problems);
    const id = `${this.idPrefix}-${field}`;
    const selected = this.values[field];
    return html`<fieldset class="group" data-key=${field} aria-describedby=${this.describedBy(field, error, !!messages.hint) ?? nothing}>
      <legend>${this.labelOf(messages, true)}</legend>
      ${this.hintOf(field, messages)}
      ${this.errorOf(field, error)}
      <div class=${columns ? 'choices columns' : 'choices'}>
        ${words.map((word, index) => html`<label class="choice">
          <input type="checkbox" id=${index === 0 ? id : `${id}-${word}`} value=${word} data-field=${field} .checked=${selected.includes(word)}
            aria-invalid=${error ? 'true' : 'false'} @change=${(e: Event) => this.onToggle(field, word, (e.target as HTMLInputElement).checked)} />
          <span>${labelOf(word)}</span>
        </label>`)}
      </div>
    </fieldset>`;
  }

  /** A group of radio buttons; the first carries the field's id. */
  private radioGroup(field: 'format' | 'scope' | 'membership', choices: readonly {value: string; label: string}[], problems: Map<string, string>, onChoose: (value: string) => void): TemplateResult {
    const messages = this.fieldMessages(field)!;
    const error = this.shownError(field, problems);
    const id = `${this.idPrefix}-${field}`;
    const current = this.values[field];
    return html`<fieldset class="group" data-key=${field} aria-describedby=${this.describedBy(field, error, !!messages.hint) ?? nothing}>
      <legend>${this.labelOf(messages, true)}</legend>
      ${this.hintOf(field, messages)}
      ${this.errorOf(field, error)}
      ${choices.map(({value, label}, index) => html`<label class="choice">
        <input type="radio" name=${id} id=${index === 0 ? id : `${id}-${value}`} value=${value} data-field=${field} .checked=${current === value}
          aria-invalid=${error ? 'true' : 'false'} @change=${() => onChoose(value)} @blur=${() => this.touch(field)} />
        <span>${label}</span>
      </label>`)}
    </fieldset>`;
  }

  private renderProposer(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const countryError = this.shownError('country', problems);
    const tokenOf = (field: (typeof proposerFields)[number]) => ({autocomplete: autocompleteTokens[field], ...(field === 'email' ? {type: 'email'} : {})});
    return html`<fieldset>
      <legend>${m.sectionProposer}</legend>
      <div class="row">${this.textField('givenName', problems, tokenOf('givenName'))}${this.textField('familyName', problems, tokenOf('familyName'))}</div>
      ${this.textField('email', problems, tokenOf('email'))}
      <div class="row">${this.textField('organization', problems, tokenOf('organization'))}${this.textField('position', problems, tokenOf('position'))}</div>
      <div class="row">
        ${this.textField('city', problems, tokenOf('city'))}
        <div class="field" data-key="country">
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
      ${this.renderMembership(problems)}
    </fieldset>`;
  }

  private renderMembership(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const memberError = this.shownError('memberId', problems);
    const registry = !!this.apiBase && this.members !== 'failed';
    const locale = this.i18n.locale;
    const memberOptions: ComboboxOption[] = Array.isArray(this.members)
      ? this.members.map((member) => ({value: member.id, label: member.name, hint: `${member.city}, ${countryName(member.country, locale)}`, keywords: `${member.city}|${member.country}`}))
      : [];
    const choices = [
      ...(registry ? [{value: 'registry', label: m.membershipRegistry}] : []),
      {value: 'unlisted', label: m.membershipUnlisted},
      {value: 'none', label: m.membershipNone},
    ];
    return html`${this.radioGroup('membership', choices, problems, (value) => this.onMembership(value as MembershipChoice))}
      ${this.values.membership === 'registry' && registry
        ? html`<div class="field" data-key="memberId">
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
      ${this.values.membership === 'unlisted' ? this.textField('memberName', problems, {autocomplete: 'organization'}) : nothing}`;
  }

  private renderActivity(problems: Map<string, string>): TemplateResult {
    const {common: c, form: m} = this.i18n.messages;
    const languageNames = new Intl.DisplayNames([this.i18n.locale], {type: 'language', fallback: 'code'});
    return html`<fieldset>
      <legend>${m.sectionActivity}</legend>
      ${this.textField('title', problems)}
      ${this.radioGroup('format', formats.map((format) => ({value: format, label: m.formats[format]})), problems, (value) => this.onFormat(value as ProposalValues['format']))}
      ${this.checkboxGroup('themes', themes, (theme) => c.themes[theme as Theme] ?? theme, problems, true)}
      ${this.textArea('summary', problems)}
      ${this.textArea('objectives', problems)}
      ${this.checkboxGroup('audience', audiences, (word) => m.audiences[word as 'technical'], problems)}
      ${this.checkboxGroup('careerStages', careerStages, (word) => m.careerStages[word as 'junior'], problems)}
      ${this.checkboxGroup('languages', activityLanguages, (tag) => languageNames.of(tag) ?? tag, problems, true)}
      <div class="row">
        ${this.textField('periodStart', problems, {type: 'month'})}
        ${this.textField('periodEnd', problems, {type: 'month', required: false})}
      </div>
      <div class="row">
        ${this.textField('durationValue', problems, {type: 'number'})}
        ${this.selectField('durationUnit', durationUnits, m.units, problems, false)}
        ${this.textField('expectedParticipants', problems, {type: 'number'})}
      </div>
    </fieldset>`;
  }

  private renderSpeakers(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const {speakers} = this.values;
    const error = this.shownError('speakers', problems);
    return html`<fieldset data-key="speakers">
      <legend>${m.sectionSpeakers}</legend>
      ${this.errorOf('speakers', error)}
      ${speakers.map((row, index) => html`<fieldset class="row-group">
        <legend>${m.speaker(index + 1)}</legend>
        <div class="row">
          ${speakerFields.map((field) => {
            const key = speakerKey(index, field);
            const words = this.fieldMessages(key)!;
            const fieldError = this.shownError(key, problems);
            const id = `${this.idPrefix}-${key}`;
            const required = field === 'name';
            return html`<div class="field" data-key=${key}>
              <label for=${id}>${this.labelOf(words, required)}</label>
              <input part="input" id=${id} type="text" autocomplete="off" ?required=${required}
                aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? `${id}-error` : nothing}
                .value=${row[field]} @input=${(e: Event) => this.setSpeaker(index, field, (e.target as HTMLInputElement).value)} @blur=${() => this.touch(key)} />
              ${this.errorOf(key, fieldError)}
            </div>`;
          })}
        </div>
        <div><button type="button" class="secondary" @click=${() => this.onRemoveSpeaker(index)}>${m.removeSpeaker(index + 1)}</button></div>
      </fieldset>`)}
      ${speakers.length < proposalLimits.speakers
        ? html`<div><button type="button" class="secondary" id="${this.idPrefix}-add-speaker" data-field="speakers"
            aria-describedby=${error ? `${this.idPrefix}-speakers-error` : nothing} @click=${this.onAddSpeaker}>${m.addSpeaker}</button></div>`
        : nothing}
    </fieldset>`;
  }

  private renderHub(problems: Map<string, string>): TemplateResult {
    const {common: c, form: m} = this.i18n.messages;
    const themeLabels = Object.fromEntries(themes.map((theme) => [theme, c.themes[theme as Theme]]));
    return html`<fieldset>
      <legend>${m.sectionHub}</legend>
      <p class="hint">${m.hubHint}</p>
      <div class="row">
        ${this.selectField('priorityTheme', themes, themeLabels, problems)}
        ${this.textField('region', problems)}
      </div>
      ${this.radioGroup('scope', (['regional', 'international'] as const).map((scope) => ({value: scope, label: m.scopes[scope]})), problems, (value) => this.setValue('scope', value))}
      ${this.textArea('partnerInstitutions', problems, true, 4)}
      ${this.textArea('year1', problems, true, 4)}
      ${this.textArea('year2', problems, true, 4)}
      ${this.textArea('year3', problems, true, 4)}
    </fieldset>`;
  }

  private renderPartners(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const {partners} = this.values;
    return html`<fieldset>
      <legend>${m.sectionPartners}</legend>
      <p class="hint">${m.partnersHint}</p>
      ${partners.map((row, index) => {
        const nameKey = partnerKey(index, 'name');
        const roleKey = partnerKey(index, 'role');
        const nameError = this.shownError(nameKey, problems);
        const roleError = this.shownError(roleKey, problems);
        const nameId = `${this.idPrefix}-${nameKey}`;
        const roleId = `${this.idPrefix}-${roleKey}`;
        return html`<fieldset class="row-group">
          <legend>${m.partner(index + 1)}</legend>
          <div class="row">
            <div class="field" data-key=${nameKey}>
              <label for=${nameId}>${this.labelOf(m.fields.partnerName, true)}</label>
              <input part="input" id=${nameId} type="text" autocomplete="off" required aria-invalid=${nameError ? 'true' : 'false'}
                aria-describedby=${nameError ? `${nameId}-error` : nothing}
                .value=${row.name} @input=${(e: Event) => this.setPartner(index, 'name', (e.target as HTMLInputElement).value)} @blur=${() => this.touch(nameKey)} />
              ${this.errorOf(nameKey, nameError)}
            </div>
            <div class="field" data-key=${roleKey}>
              <label for=${roleId}>${this.labelOf(m.fields.partnerRole, true)}</label>
              <select part="input" id=${roleId} required aria-invalid=${roleError ? 'true' : 'false'} aria-describedby=${roleError ? `${roleId}-error` : nothing}
                @change=${(e: Event) => this.setPartner(index, 'role', (e.target as HTMLSelectElement).value as PartnerValues['role'])}>
                ${(['partner', 'co-organizer'] as const).map((role) => html`<option value=${role} ?selected=${row.role === role}>${m.partnerRoles[role]}</option>`)}
              </select>
              ${this.errorOf(roleKey, roleError)}
            </div>
          </div>
          <div><button type="button" class="secondary" @click=${() => this.onRemovePartner(index)}>${m.removePartner(index + 1)}</button></div>
        </fieldset>`;
      })}
      ${partners.length < proposalLimits.partners ? html`<div><button type="button" class="secondary" id="${this.idPrefix}-add-partner" @click=${this.onAddPartner}>${m.addPartner}</button></div>` : nothing}
    </fieldset>`;
  }

  private renderOffer(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    return html`<fieldset>
      <legend>${m.sectionOffer}</legend>
      <div class="choices columns">
        ${offers.map((offer) => html`<label class="choice">
          <input type="checkbox" id="${this.idPrefix}-offer-${offer}" .checked=${this.values[offer]} @change=${(e: Event) => this.setValue(offer, (e.target as HTMLInputElement).checked)} />
          <span>${m.offers[offer]}</span>
        </label>`)}
      </div>
      ${this.textArea('offerDetails', problems, false, 4)}
    </fieldset>`;
  }

  private renderConsent(problems: Map<string, string>): TemplateResult {
    const m = this.i18n.messages.form;
    const error = this.shownError('privacy', problems);
    const id = `${this.idPrefix}-privacy`;
    return html`<fieldset>
      <legend>${m.sectionConsent}</legend>
      <div class="field" data-key="privacy">
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
        <input type="checkbox" id="${this.idPrefix}-news" .checked=${this.values.news} @change=${(e: Event) => this.setValue('news', (e.target as HTMLInputElement).checked)} />
        <span>${m.news}</span>
      </label>
    </fieldset>`;
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

  private renderConfirmation(receipt: ProposalReceipt, sent: ProposalInput): TemplateResult {
    const m = this.i18n.messages.form;
    return html`<div part="base">
      <section part="confirmation" class="confirmation">
        ${this.heading(m.successTitle)}
        <p class="facts" dir="auto">${sent.activity.title} · ${m.formats[sent.activity.format]}</p>
        <p class="reference"><strong>${m.successReference(receipt.reference)}</strong></p>
        <p dir="auto">${m.successEmail(sent.proposer.email)}</p>
        <h3>${m.nextStepsTitle}</h3>
        <ol>${m.nextSteps.map((step) => html`<li>${step}</li>`)}</ol>
      </section>
    </div>`;
  }

  override render(): TemplateResult {
    const m = this.i18n.messages.form;
    if (this.phase.status === 'done') return this.renderConfirmation(this.phase.receipt, this.phase.sent);
    const problems = this.loadedTools ? this.problems() : new Map<string, string>();
    const sending = this.phase.status === 'sending';
    const failure = this.phase.status === 'failed' ? this.phase.message : undefined;
    const format = this.values.format;
    return html`<div part="base">
      ${this.heading(m.title)}
      ${this.draftRestored
        ? html`<div part="notice" class="notice"><p>${m.draftRestored}</p><button type="button" class="secondary" @click=${this.onClearForm}>${m.clearForm}</button></div>`
        : nothing}
      <p class="hint">${m.intro}${this.saveDraft ? ` ${m.draftSavedNote}` : ''}</p>
      <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${sending ? 'true' : 'false'}>
        ${this.renderSummary(problems)}
        ${this.renderProposer(problems)}
        ${this.renderActivity(problems)}
        ${format === 'webinar' ? this.renderSpeakers(problems) : nothing}
        ${format === 'learning-hub' ? this.renderHub(problems) : nothing}
        ${this.renderPartners(problems)}
        ${this.renderOffer(problems)}
        ${this.renderConsent(problems)}
        <div class="honeypot" aria-hidden="true">
          <label for="${this.idPrefix}-website">${m.honeypot}</label>
          <input id="${this.idPrefix}-website" type="text" name="website" tabindex="-1" autocomplete="off" .value=${this.values.website} @input=${(e: Event) => this.onText('website', e)} />
        </div>
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
